import { glossaryAlternate } from './glossary-alternate.ts';
import { MATCH_MODES, queryClauses, queryPhrases, type MatchMode } from './query-plan.ts';
import type { SearchEngine, SearchHit } from './search-engine.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { SearchUnit } from './search-units.ts';

/** The pages found for one query string, and how strictly they matched. */
export interface Found {
  query: string;
  mode: MatchMode;
  hits: SearchHit[];
  phrases: SearchUnit[][];
}

export interface SearchOutcome extends Found {
  /** Further pages found through the glossary: the query's terms in the other language. */
  alternate?: Found & { language: Locale };
}

/** Tries the match modes from strict to loose and keeps the first that finds anything. */
function findStaged(engine: SearchEngine, query: string, modes: readonly MatchMode[]): Found {
  const phrases = queryPhrases(query);
  for (const mode of modes) {
    const hits = engine.find(queryClauses(query, mode));
    if (hits.length) return { query, mode, hits, phrases };
  }
  return { query, mode: modes[modes.length - 1]!, hits: [], phrases };
}

/**
 * Searches one language's index: the query as typed, then, when it names a glossary term, the
 * query in the other language's words (only pages not already found, and never the loose `any`
 * mode: a translation that only half matches would be noise).
 */
export function runSearch(engine: SearchEngine, query: string): SearchOutcome {
  const outcome: SearchOutcome = findStaged(engine, query, MATCH_MODES);
  const alternate = glossaryAlternate(query, engine.file.glossary);
  if (alternate && alternate.query !== query) {
    const found = findStaged(engine, alternate.query, ['exact', 'prefix']);
    const seen = new Set(outcome.hits.map((hit) => hit.doc));
    const hits = found.hits.filter((hit) => !seen.has(hit.doc));
    if (hits.length) outcome.alternate = { ...found, hits, language: alternate.language };
  }
  return outcome;
}
