import type { LexiconEntry } from './lexicon.ts';
import type { QueryClause } from './query-plan.ts';
import { byCodeUnits, decodePostings, type Posting, type SearchIndexFile } from './search-index.ts';
import { SEARCH_TYPE_WEIGHT, type SearchRecord, type SearchType } from './search-record.ts';
import { termKind, UNIT_KINDS, type UnitKind } from './search-units.ts';

/** One page found, best first. */
export interface SearchHit {
  doc: number;
  score: number;
}

/** Sorted terms and their encoded postings, in the same order: a whole index or the shards loaded so far. */
export interface TermTable {
  terms: string[];
  postings: string[];
}

/** What an engine knows about the pages without their texts. */
export interface EngineData {
  /** Each page's type, in index order: enough to count and filter results. */
  types: SearchType[];
  lengths: Record<UnitKind, number[]>;
  lexicon: LexiconEntry[];
  /** A page's record (title, address, text), or undefined while it is not loaded. */
  record(doc: number): SearchRecord | undefined;
}

/**
 * A query word as the engine is asked for it: the clauses of each way of saying it (the word as
 * typed, its synonyms); a page matches the word when it matches any of them.
 */
export type WordAlternatives = QueryClause[][];

export interface SearchEngine extends EngineData {
  /** Pages matching every required clause (or, with none required, any clause), best first. */
  find(clauses: QueryClause[]): SearchHit[];
  /** Pages matching each word in one of its forms (or, with `requireAll` false, any of them), best first. */
  findWords(words: WordAlternatives[], requireAll: boolean): SearchHit[];
}

// BM25 constants, the usual ones (lunr and Pagefind use the same).
const K1 = 1.2;
const B = 0.75;
/** A prefix matches at most this many terms: enough for particles and half-typed words, never the whole index. */
const MAX_EXPANSION = 64;
/** A term found only through a prefix counts for less than the term typed in full. */
const PREFIX_DISCOUNT = 0.7;

/** Opens a whole index file (the tests, the engine comparison). */
export function openSearchIndex(file: SearchIndexFile): SearchEngine {
  return openSearchEngine(
    {
      types: file.docs.map((doc) => doc.type),
      lengths: file.lengths,
      lexicon: file.lexicon,
      record: (doc) => file.docs[doc],
    },
    { terms: file.terms ? file.terms.split('\n') : [], postings: file.postings },
  );
}

/**
 * An engine over a term table. Postings are decoded on first use, so opening is cheap. With a
 * sharded index the table holds the shards loaded so far: the loader fetches every shard a query's
 * terms (and prefixes) fall into before asking, so the answers are those of the whole index.
 */
export function openSearchEngine(data: EngineData, table: TermTable): SearchEngine {
  const { terms } = table;
  const termIndex = new Map(terms.map((term, i) => [term, i]));
  const decoded = new Map<number, Posting[]>();
  const postings = (i: number) => {
    let list = decoded.get(i);
    if (!list) decoded.set(i, (list = decodePostings(table.postings[i] ?? '')));
    return list;
  };
  const count = data.types.length;
  // Numbers and Latin words sit inside text of either script: their page length is the whole page.
  const lengths: Record<UnitKind, number[]> = {
    ...data.lengths,
    word: data.types.map((_, doc) => UNIT_KINDS.reduce((sum, kind) => sum + data.lengths[kind][doc]!, 0)),
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

  /** Scores of the pages matching every required clause (with none required: any clause). */
  const match = (clauses: QueryClause[]): Map<number, number> => {
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
      if (!found.size) return found;
    }
    const total = found ?? new Map<number, number>();
    for (const clause of clauses.filter((clause) => !clause.required)) {
      for (const [doc, score] of clauseScores(clause)) {
        if (found && !found.has(doc)) continue;
        total.set(doc, (total.get(doc) ?? 0) + score);
      }
    }
    return total;
  };

  const ranked = (scores: Map<number, number>): SearchHit[] =>
    [...scores]
      .map(([doc, score]) => ({ doc, score: score * SEARCH_TYPE_WEIGHT[data.types[doc]!] }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);

  return {
    ...data,
    find: (clauses) => ranked(match(clauses)),
    findWords(words, requireAll) {
      let total: Map<number, number> | undefined;
      for (const alternatives of words) {
        // A page saying the word in several ways counts the best one.
        const word = new Map<number, number>();
        for (const clauses of alternatives) {
          for (const [doc, score] of match(clauses)) word.set(doc, Math.max(word.get(doc) ?? 0, score));
        }
        if (!total) total = word;
        else if (requireAll) {
          for (const [doc, score] of total) {
            const more = word.get(doc);
            if (more === undefined) total.delete(doc);
            else total.set(doc, score + more);
          }
        } else for (const [doc, score] of word) total.set(doc, (total.get(doc) ?? 0) + score);
        if (requireAll && !total.size) break;
      }
      return ranked(total ?? new Map());
    },
  };
}

/** First position whose term is not before `key`. */
export function lowerBound(sorted: string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byCodeUnits(sorted[middle]!, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
