import type { QueryClause } from './query-plan.ts';
import { byCodeUnits, decodePostings, type Posting, type SearchIndexFile } from './search-index.ts';
import { SEARCH_TYPE_WEIGHT } from './search-record.ts';
import { termKind, UNIT_KINDS, type UnitKind } from './search-units.ts';

/** One page found, best first. */
export interface SearchHit {
  doc: number;
  score: number;
}

export interface SearchEngine {
  file: SearchIndexFile;
  /** Pages matching every required clause (or, with none required, any clause), best first. */
  find(clauses: QueryClause[]): SearchHit[];
}

// BM25 constants, the usual ones (lunr and Pagefind use the same).
const K1 = 1.2;
const B = 0.75;
/** A prefix matches at most this many terms: enough for particles and half-typed words, never the whole index. */
const MAX_EXPANSION = 64;
/** A term found only through a prefix counts for less than the term typed in full. */
const PREFIX_DISCOUNT = 0.7;

/** Opens an index file for queries. Postings are decoded on first use, so opening is cheap. */
export function openSearchIndex(file: SearchIndexFile): SearchEngine {
  const terms = file.terms ? file.terms.split('\n') : [];
  const termIndex = new Map(terms.map((term, i) => [term, i]));
  const decoded = new Map<number, Posting[]>();
  const postings = (i: number) => {
    let list = decoded.get(i);
    if (!list) decoded.set(i, (list = decodePostings(file.postings[i] ?? '')));
    return list;
  };
  const count = file.docs.length;
  // Numbers and Latin words sit inside text of either script: their page length is the whole page.
  const lengths: Record<UnitKind, number[]> = {
    ...file.lengths,
    word: file.docs.map((_, doc) => UNIT_KINDS.reduce((sum, kind) => sum + file.lengths[kind][doc]!, 0)),
  };
  const averageLength = Object.fromEntries(
    UNIT_KINDS.map((kind) => [
      kind,
      Math.max(1, lengths[kind].reduce((sum, length) => sum + length, 0) / Math.max(count, 1)),
    ]),
  ) as Record<UnitKind, number>;

  /** Term positions a clause stands for, with how much each counts. */
  const expand = (clause: QueryClause): [number, number][] => {
    const exact = termIndex.get(clause.term);
    if (!clause.prefix) return exact === undefined ? [] : [[exact, 1]];
    const found: [number, number][] = [];
    for (let i = lowerBound(terms, clause.term); i < terms.length && found.length < MAX_EXPANSION; i++) {
      if (!terms[i]!.startsWith(clause.term)) break;
      found.push([i, i === exact ? 1 : PREFIX_DISCOUNT]);
    }
    return found;
  };

  const clauseScores = (clause: QueryClause) => {
    const scores = new Map<number, number>();
    for (const [term, factor] of expand(clause)) {
      const list = postings(term);
      const kind = termKind(terms[term]!);
      const idf = Math.log(1 + (count - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, weight } of list) {
        const norm = K1 * (1 - B + (B * lengths[kind][doc]!) / averageLength[kind]);
        const score = (factor * idf * weight * (K1 + 1)) / (weight + norm);
        // A page matched by several expansions of one prefix counts its best one.
        scores.set(doc, Math.max(scores.get(doc) ?? 0, score));
      }
    }
    return scores;
  };

  return {
    file,
    find(clauses) {
      const required = clauses.filter((clause) => clause.required);
      let found: Map<number, number> | undefined;
      for (const clause of required) {
        const scores = clauseScores(clause);
        if (!found) found = scores;
        else {
          for (const [doc, score] of found) {
            const more = scores.get(doc);
            if (more === undefined) found.delete(doc);
            else found.set(doc, score + more);
          }
        }
        if (!found.size) return [];
      }
      const optional = clauses.filter((clause) => !clause.required);
      const total = found ?? new Map<number, number>();
      for (const clause of optional) {
        for (const [doc, score] of clauseScores(clause)) {
          if (found && !found.has(doc)) continue;
          total.set(doc, (total.get(doc) ?? 0) + score);
        }
      }
      return [...total]
        .map(([doc, score]) => ({ doc, score: score * SEARCH_TYPE_WEIGHT[file.docs[doc]!.type] }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc);
    },
  };
}

/** First position whose term is not before `key`. */
function lowerBound(sorted: string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byCodeUnits(sorted[middle]!, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
