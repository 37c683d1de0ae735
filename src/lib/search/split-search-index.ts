import type { LexiconEntry } from './lexicon.ts';
import { byCodeUnits } from './search-index.ts';
import { type RecordChunk, type SearchIndexHead, type TermShard } from './search-files.ts';
import type { SearchIndexFile } from './search-index.ts';
import { searchUnits } from './search-units.ts';

/** The files of one language's index. */
export interface SplitIndex {
  head: SearchIndexHead;
  shards: TermShard[];
  chunks: RecordChunk[];
}

export interface SplitOptions {
  /** Aim for shards of about this many bytes of terms and postings (UTF-8, before compression). */
  shardBytes: number;
  /** Aim for records chunks of about this many bytes; a longer page gets a chunk of its own. */
  chunkBytes: number;
}

/**
 * Sizes measured on the real content (npm run bench): a first query fetches a handful of shards and
 * the chunks of about ten results, and a phone saving the site offline fetches about a hundred files per language.
 */
export const SPLIT_OPTIONS: SplitOptions = { shardBytes: 2000, chunkBytes: 1500 };

const utf8 = (text: string) => new TextEncoder().encode(text).length;

/** Cuts a whole index into its head, term shards and records chunks. Pure: the build and the tests use it. */
export function splitSearchIndex(
  file: SearchIndexFile,
  { shardBytes, chunkBytes }: SplitOptions = SPLIT_OPTIONS,
): SplitIndex {
  const terms = file.terms ? file.terms.split('\n') : [];
  // Each lexicon entry is kept where the first unit of each of its words is looked up. Its keys are
  // cut into shards together with the terms, so the Tibetan words of the Chinese index (which has
  // few Tibetan terms) spread over shards of their own instead of filling one.
  const homes = new Map<string, LexiconEntry[]>();
  for (const entry of file.lexicon) {
    for (const key of new Set(wordsOf(entry).map((word) => searchUnits(word)[0]?.key ?? ''))) {
      homes.set(key, [...(homes.get(key) ?? []), entry]);
    }
  }
  const postingsOf = new Map(terms.map((term, i) => [term, file.postings[i]!]));
  const keys = [...new Set([...terms, ...homes.keys()])].sort(byCodeUnits);
  const shards: TermShard[] = [];
  const firstTerms: string[] = [];
  let bytes = Infinity;
  let previous = '';
  for (const key of keys) {
    const postings = postingsOf.get(key);
    const entries = homes.get(key) ?? [];
    const size = (postings === undefined ? 0 : utf8(key) + postings.length + 4) + utf8(JSON.stringify(entries));
    if (bytes + size > shardBytes && bytes > 0) {
      shards.push({ terms: '', postings: [], lexicon: [] });
      firstTerms.push(shards.length === 1 ? '' : separator(previous, key));
      bytes = 0;
    }
    const shard = shards[shards.length - 1]!;
    if (postings !== undefined) {
      shard.terms = shard.terms ? `${shard.terms}\n${key}` : key;
      shard.postings.push(postings);
    }
    for (const entry of entries) if (!shard.lexicon.includes(entry)) shard.lexicon.push(entry);
    bytes += size;
    previous = key;
  }
  if (!shards.length) {
    shards.push({ terms: '', postings: [], lexicon: [] });
    firstTerms.push('');
  }

  const chunks: RecordChunk[] = [];
  const firstDocs: number[] = [];
  let size = Infinity;
  file.docs.forEach(({ lead: _lead, ...record }, doc) => {
    const length = utf8(JSON.stringify(record));
    if (size + length > chunkBytes) {
      chunks.push([]);
      firstDocs.push(doc);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(record);
    size += length;
  });

  return {
    head: {
      version: file.version,
      locale: file.locale,
      types: file.docs.map((doc) => doc.type),
      lengths: file.lengths,
      shards: firstTerms,
      chunks: firstDocs,
    },
    shards,
    chunks,
  };
}

const wordsOf = (entry: LexiconEntry) => [...entry.zh, ...entry.bo];

/** The shortest start of `key` that still sorts after `previous`: a shard boundary needs no more. */
function separator(previous: string, key: string): string {
  for (let length = 1; length < key.length; length++) {
    const start = key.slice(0, length);
    if (start > previous) return start;
  }
  return key;
}
