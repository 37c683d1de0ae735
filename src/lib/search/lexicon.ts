import type { Locale } from '../../i18n/locales.ts';
import type { GlossaryPair } from './search-record.ts';

/**
 * Words that mean the same thing, in each language: a glossary term with its everyday synonyms
 * (`content/glossary/synonyms.yaml`). A query naming one of them also searches the others of its
 * language, and the first word of the other language for the cross-language results.
 * The first word of each list is the one the pages and the glossary use.
 */
export interface LexiconEntry {
  zh: string[];
  bo: string[];
  /**
   * Words no page of this index contains: a query with one still matches the entry, but they are
   * not searched for (each would cost a fetch on 2G and find nothing). Set by the index build.
   */
  unused?: string[];
  /** Guides these words are the subject of, by slug: listed first for a query naming them. */
  guides?: string[];
  /** The same guides as positions in this index. Set by the index build. */
  first?: number[];
}

/** An editor's synonym group (an item of `content/glossary/synonyms.yaml`), as search uses it. */
export interface SynonymGroup {
  /** The glossary term it extends, by id; its words come first. */
  term?: string | undefined;
  /** The guide (slug) these words are the subject of. */
  guide?: string | undefined;
  zh: string[];
  bo: string[];
}

/**
 * The forms a glossary entry gives in one field: 燃气（液化气） is 燃气 or 液化气, 宾馆、旅馆 is
 * 宾馆 or 旅馆, and quotation marks are not part of a term (“三合一”场所).
 */
export const termForms = (field: string): string[] =>
  field
    .replace(/[“”"‘’'《》〈〉]/gu, '')
    .split(/[、，,;；/（）()]/u)
    .map((form) => form.trim())
    .filter(Boolean);

/** A glossary pair as an entry: every form of its fields, variants after the main Tibetan form. */
export const glossaryEntry = ({ zh, bo, variants = [] }: GlossaryPair): LexiconEntry => ({
  zh: termForms(zh),
  bo: [bo, ...variants].flatMap(termForms),
});

/**
 * The glossary and the synonym groups as one list. A group naming a glossary term adds its words to
 * that term's entry, so 煤气中毒 leads to 一氧化碳中毒 and on to its Tibetan form; other groups
 * stand alone.
 */
export function buildLexicon(
  glossary: (GlossaryPair & { id?: string })[],
  synonyms: SynonymGroup[] = [],
): LexiconEntry[] {
  const entries = glossary.map(glossaryEntry);
  const byId = new Map(glossary.flatMap((pair, i) => (pair.id ? [[pair.id, entries[i]!] as const] : [])));
  for (const group of synonyms) {
    const entry = group.term ? byId.get(group.term) : undefined;
    const guides = group.guide ? [group.guide] : [];
    if (entry) {
      entry.zh = unique([...entry.zh, ...group.zh]);
      entry.bo = unique([...entry.bo, ...group.bo]);
      if (guides.length) entry.guides = unique([...(entry.guides ?? []), ...guides]);
    } else entries.push({ zh: unique(group.zh), bo: unique(group.bo), ...(guides.length ? { guides } : {}) });
  }
  return entries;
}

const unique = (words: string[]) => [...new Set(words.map((word) => word.trim()).filter(Boolean))];

export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'bo' : 'zh');
