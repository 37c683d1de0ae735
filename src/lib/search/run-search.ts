import type { Locale } from '../../i18n/locales.ts';
import { endsOpen, MATCH_MODES, phraseClauses, dedupe, type MatchMode } from './query-plan.ts';
import { alternateQuery, queryWords, type QueryWord } from './query-words.ts';
import type { SearchEngine, SearchHit, WordAlternatives } from './search-engine.ts';
import { phrases, searchUnits, type SearchUnit } from './search-units.ts';

/** The pages found for one query string, and how strictly they matched. */
export interface Found {
  query: string;
  mode: MatchMode;
  hits: SearchHit[];
  /** What to mark in excerpts: the synonyms searched for, then the words as typed, in order. */
  phrases: SearchUnit[][];
}

export interface SearchOutcome extends Found {
  /** Further pages found through the glossary: the query's terms in the other language. */
  alternate?: Found & { language: Locale };
}

/**
 * The clauses of each query word in a match mode: each way of saying it, with only the last word as
 * typed allowed to be half typed.
 */
export function wordClauses(words: QueryWord[][], mode: MatchMode, open: boolean): WordAlternatives[] {
  const flat = words.flat();
  return flat.map((word, w) =>
    word.alternatives.map((text, a) => {
      const last = open && w === flat.length - 1 && a === 0;
      if (a === 0) return dedupe(phraseClauses(word.units, mode, last));
      // A synonym is searched by its pairs alone: its single characters would only rank, at the cost of a fetch each.
      return dedupe(phrases(searchUnits(text)).flatMap((run) => phraseClauses(run, mode, false))).filter(
        (clause) => clause.required || run1(text),
      );
    }),
  );
}

const run1 = (text: string) => searchUnits(text).length === 1;

const markedPhrases = (words: QueryWord[][]): SearchUnit[][] => {
  const flat = words.flat();
  return [
    ...flat.flatMap((word) => word.alternatives.slice(1).flatMap((text) => phrases(searchUnits(text)))),
    ...flat.map((word) => word.units),
  ];
};

/**
 * The guides a query's words are the subject of come first (煤气中毒 → the winter-stove guide,
 * which says 一氧化碳 less often than the pages that only mention it), found or not.
 */
function subjectsFirst(hits: SearchHit[], first: number[]): SearchHit[] {
  if (!first.length) return hits;
  const top = hits[0]?.score ?? 1;
  const rest = hits.filter((hit) => !first.includes(hit.doc));
  return [...first.map((doc, i) => ({ doc, score: top + first.length - i })), ...rest];
}

/** Tries the match modes from strict to loose and keeps the first that finds anything. */
function findStaged(engine: SearchEngine, query: string, words: QueryWord[][], modes: readonly MatchMode[]): Found {
  const marked = markedPhrases(words);
  const open = endsOpen(query);
  const first = [...new Set(words.flat().flatMap((word) => word.first ?? []))];
  for (const mode of modes) {
    const hits = engine.findWords(wordClauses(words, mode, open), mode !== 'any');
    if (hits.length || first.length) return { query, mode, hits: subjectsFirst(hits, first), phrases: marked };
  }
  return { query, mode: modes[modes.length - 1]!, hits: [], phrases: marked };
}

/**
 * Searches one language's index: the query as typed (its lexicon words also as their synonyms),
 * then, when it names a lexicon word, the query in the other language's words (only pages not
 * already found, and never the loose `any` mode: a translation that only half matches would be noise).
 */
export function runSearch(engine: SearchEngine, query: string): SearchOutcome {
  const words = queryWords(query, engine.lexicon);
  const outcome: SearchOutcome = findStaged(engine, query, words, MATCH_MODES);
  const alternate = alternateQuery(words);
  if (alternate && alternate.query !== query) {
    const found = findStaged(engine, alternate.query, queryWords(alternate.query, engine.lexicon), ['exact', 'prefix']);
    const seen = new Set(outcome.hits.map((hit) => hit.doc));
    const hits = found.hits.filter((hit) => !seen.has(hit.doc));
    if (hits.length) outcome.alternate = { ...found, hits, language: alternate.language };
  }
  return outcome;
}
