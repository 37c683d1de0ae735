import type { Locale } from '../../i18n/locales.ts';
import type { LexiconEntry } from './lexicon.ts';
import type { QueryClause } from './query-plan.ts';
import { runSearch } from './run-search.ts';
import {
  chunkOf,
  recordChunkPath,
  searchIndexPath,
  shardsOf,
  termShardPath,
  type RecordChunk,
  type SearchIndexHead,
  type TermShard,
} from './search-files.ts';
import { openSearchEngine, type SearchEngine } from './search-engine.ts';
import { SEARCH_INDEX_VERSION } from './search-index.ts';
import type { SearchRecord } from './search-record.ts';

/**
 * A language's index as the browser holds it: the head, and the term shards and records chunks
 * fetched so far. `prepare` fetches what a query needs; `engine` then answers it as the whole index
 * would. Offline, the same files come from the saved copy.
 */
export interface LoadedIndex {
  locale: Locale;
  /** Fetches every shard the query's words, synonyms and translation need. */
  prepare(query: string): Promise<void>;
  /** Fetches the records of these pages (titles, addresses, excerpt texts). */
  records(docs: number[]): Promise<void>;
  /** An engine over what has been fetched. */
  engine(): SearchEngine;
}

/** Rounds of "look up the words, fetch their shards": a synonym's translation can name new words once. */
const MAX_ROUNDS = 3;

/**
 * Fetches a language's index head. Rejects on a failed request or an index of another version (an
 * old copy kept by a cache), so the page can say search is not available; later fetches reject the same way.
 */
export async function loadSearchIndex(locale: Locale, fetcher: typeof fetch = fetch): Promise<LoadedIndex> {
  const getJson = async <T>(url: string): Promise<T> => {
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const head = await getJson<Partial<SearchIndexHead>>(searchIndexPath(locale));
  if (head.version !== SEARCH_INDEX_VERSION) {
    throw new Error(
      `${searchIndexPath(locale)}: index version ${String(head.version)}, expected ${SEARCH_INDEX_VERSION}`,
    );
  }
  const { types, lengths, shards, chunks } = head as SearchIndexHead;
  const loadedShards = new Map<number, Promise<TermShard>>();
  const shardData = new Map<number, TermShard>();
  const chunkData = new Map<number, RecordChunk>();
  const loadedChunks = new Map<number, Promise<void>>();
  let cached: SearchEngine | undefined;

  const record = (doc: number): SearchRecord | undefined => {
    const chunk = chunkOf(chunks, doc);
    return chunkData.get(chunk)?.[doc - chunks[chunk]!];
  };
  const engine = (): SearchEngine => {
    if (cached) return cached;
    const terms: string[] = [];
    const postings: string[] = [];
    const lexicon = new Map<string, LexiconEntry>();
    for (const i of [...shardData.keys()].sort((a, b) => a - b)) {
      const shard = shardData.get(i)!;
      if (shard.terms) terms.push(...shard.terms.split('\n'));
      postings.push(...shard.postings);
      for (const entry of shard.lexicon) lexicon.set(JSON.stringify(entry), entry);
    }
    cached = openSearchEngine({ types, lengths, lexicon: [...lexicon.values()], record }, { terms, postings });
    return cached;
  };
  const fetchShards = (needed: Iterable<number>) =>
    Promise.all(
      [...new Set(needed)].map((i) => {
        let pending = loadedShards.get(i);
        if (!pending) {
          pending = getJson<TermShard>(termShardPath(locale, i)).then((shard) => {
            shardData.set(i, shard);
            cached = undefined;
            return shard;
          });
          loadedShards.set(i, pending);
          // A failed fetch may be retried by the next query.
          pending.catch(() => loadedShards.delete(i));
        }
        return pending;
      }),
    );

  return {
    locale,
    async prepare(query) {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const missing = neededTerms(engine(), query)
          .flatMap(({ term, prefix }) => shardsOf(shards, term, prefix))
          .filter((i) => !shardData.has(i));
        if (!missing.length) return;
        await fetchShards(missing);
      }
    },
    async records(docs) {
      await Promise.all(
        [...new Set(docs.map((doc) => chunkOf(chunks, doc)))].map((i) => {
          let pending = loadedChunks.get(i);
          if (!pending) {
            pending = getJson<RecordChunk>(recordChunkPath(locale, i)).then((chunk) => {
              chunkData.set(i, chunk);
            });
            loadedChunks.set(i, pending);
            pending.catch(() => loadedChunks.delete(i));
          }
          return pending;
        }),
      );
    },
    engine,
  };
}

/**
 * Every term a search for `query` would look up with the lexicon known so far: runs the search
 * against an engine that records what it is asked and finds nothing, so every match mode and the
 * translation are tried.
 */
function neededTerms(engine: SearchEngine, query: string): QueryClause[] {
  const asked: QueryClause[] = [];
  const probe: SearchEngine = {
    ...engine,
    find(clauses) {
      asked.push(...clauses);
      return [];
    },
    findWords(words) {
      for (const clauses of words.flat()) asked.push(...clauses);
      return [];
    },
  };
  runSearch(probe, query);
  return asked;
}
