import type { Locale } from '../../i18n/locales.ts';
import { href } from '../../site/routes.ts';
import type { LexiconEntry } from './lexicon.ts';
import type { SearchRecord, SearchType } from './search-record.ts';
import type { UnitKind } from './search-units.ts';
import type { SEARCH_INDEX_VERSION } from './search-index.ts';

/**
 * The files a language's index is served as, so a query on 2G fetches only what its terms need:
 * a small head (`index-<lang>.json`), the term shards its terms fall into, and the records of the
 * results it shows. Names end in `-<lang>.json`, so the offline save of a language stores them all.
 */
export const searchIndexPath = href.searchIndexFile;
export const termShardPath = (locale: Locale, shard: number) => `/search/terms-${shard}-${locale}.json`;
export const recordChunkPath = (locale: Locale, chunk: number) => `/search/records-${chunk}-${locale}.json`;

/** `index-<lang>.json`: what every query needs, and where the rest is. */
export interface SearchIndexHead {
  version: typeof SEARCH_INDEX_VERSION;
  locale: Locale;
  /** Each page's type, in index order. */
  types: SearchType[];
  /** As in the whole index: terms per page and script, for length normalisation. */
  lengths: Record<UnitKind, number[]>;
  /** The first term of each shard: shard `i` holds the terms from `shards[i]` up to `shards[i + 1]`. */
  shards: string[];
  /** The first page of each records chunk, ascending from 0. */
  chunks: number[];
}

/** `terms-<n>-<lang>.json`: a contiguous range of the sorted terms. */
export interface TermShard {
  /** The terms, sorted, joined by '\n'. */
  terms: string;
  postings: string[];
  /** The lexicon entries with a word starting with one of these terms' first unit. */
  lexicon: LexiconEntry[];
}

/** `records-<n>-<lang>.json`: the pages of one chunk, for result titles and excerpts. */
export type RecordChunk = SearchRecord[];

/** The shard a term falls in: the last one whose first term is not after it. */
export function shardOf<T extends string | number>(shards: T[], term: T): number {
  let low = 0;
  let high = shards.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (shards[middle]! <= term) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

/** The shards a clause needs: one for a whole term, all that overlap the range of a prefix. */
export function shardsOf(shards: string[], term: string, prefix: boolean): number[] {
  const first = shardOf(shards, term);
  const last = prefix ? shardOf(shards, `${term}\uFFFF`) : first;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The chunk a page's record is in. */
export const chunkOf = (chunks: number[], doc: number) => shardOf(chunks, doc);
