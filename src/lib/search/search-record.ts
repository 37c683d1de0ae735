/** The kinds of page a reader can filter search results by. */
export const SEARCH_TYPES = ['law', 'guide', 'campaign', 'checklist', 'quiz'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * How much a match counts by kind of page. A quiz question is short, so a term in it weighs a lot,
 * but it is a test, not the place to learn: pages that explain come first.
 */
export const SEARCH_TYPE_WEIGHT: Record<SearchType, number> = {
  law: 1,
  guide: 1,
  campaign: 1,
  checklist: 1,
  quiz: 0.5,
};

/** One searchable page (or quiz question) as it goes into a language's index. */
export interface SearchRecord {
  url: string;
  /** What the page's <h1> says. */
  title: string;
  type: SearchType;
  /** The page's readable text on one line; excerpts are cut from it. */
  text: string;
  /** The part of `text` that says what matters most (a guide's key message): it weighs more. */
  lead?: string;
}

/** A zh ↔ bo glossary term as search uses it: a query with one form also searches the other. */
export interface GlossaryPair {
  zh: string;
  bo: string;
  /** Other Tibetan spellings seen (glossary `variants`); they lead to the same term. */
  variants?: string[];
}
