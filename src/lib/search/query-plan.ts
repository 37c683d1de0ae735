import { bigram, phrases, searchUnits, type SearchUnit } from './search-units.ts';

/** One term of a query as the index is asked for it. */
export interface QueryClause {
  term: string;
  required: boolean;
  /** Also match terms that start with it: the last word while the reader is still typing. */
  prefix: boolean;
}

/**
 * How strictly a query is matched, tried in this order until something is found:
 * `exact` every phrase as typed; `prefix` the same with the last syllable or word still being typed;
 * `any` pages with some of the words.
 */
export type MatchMode = 'exact' | 'prefix' | 'any';
export const MATCH_MODES: readonly MatchMode[] = ['exact', 'prefix', 'any'];

/**
 * The clauses for a query. A phrase of several characters or syllables needs each of its bigrams,
 * which keeps its pieces together (消防安全 does not match a page with 消防 and 安全 apart); single
 * units count only towards the ranking then. A phrase of one unit needs that unit.
 */
export function queryClauses(query: string, mode: MatchMode): QueryClause[] {
  const runs = phrases(searchUnits(query));
  const open = endsOpen(query);
  return dedupe(runs.flatMap((run, r) => phraseClauses(run, mode, open && r === runs.length - 1)));
}

/** A space, tsheg or shad after the last syllable says it is complete. */
export const endsOpen = (query: string) => !/[\s\u0F0B-\u0F14]$/u.test(query);

/** The clauses of one phrase; `last` when it ends the query and may still be being typed. */
export function phraseClauses(run: SearchUnit[], mode: MatchMode, last: boolean): QueryClause[] {
  // A Chinese character is always whole; a Tibetan syllable or a word may be half typed.
  const open = mode === 'prefix' && last && run[0]!.kind !== 'han';
  const required = mode !== 'any';
  if (run.length === 1) return [{ term: run[0]!.key, required, prefix: open }];
  const clauses: QueryClause[] = [];
  // Single characters only rank a phrase; in `any` mode they would find every page with 气 for 液化气.
  if (mode !== 'any' || run[0]!.kind !== 'han') {
    for (const unit of run) clauses.push({ term: unit.key, required: false, prefix: false });
  }
  run
    .slice(1)
    .forEach((unit, i) =>
      clauses.push({ term: bigram(run[i]!, unit.key, unit.kind), required, prefix: open && i === run.length - 2 }),
    );
  return clauses;
}

export function dedupe(clauses: QueryClause[]): QueryClause[] {
  const seen = new Map<string, QueryClause>();
  for (const clause of clauses) {
    const key = `${clause.term}\u0000${clause.prefix}`;
    const known = seen.get(key);
    if (known) known.required ||= clause.required;
    else seen.set(key, { ...clause });
  }
  return [...seen.values()];
}

/** The phrases of a query as folded keys, for highlighting. */
export const queryPhrases = (query: string): SearchUnit[][] => phrases(searchUnits(query));
