import type { Locale } from '../../i18n/locales.ts';
import { href } from '../../site/routes.ts';
import { bigram, indexTerms, phrases, searchUnits, termKind, UNIT_KINDS, type UnitKind } from './search-units.ts';
import type { LexiconEntry } from './lexicon.ts';
import type { SearchRecord } from './search-record.ts';

/**
 * A language's whole index: the pages, and an inverted index of their terms (Chinese characters and
 * character pairs, Tibetan syllables and syllable pairs, words). The build splits it into the files
 * the browser fetches (split-search-index.ts); the tests use it whole.
 */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  locale: Locale;
  /** The pages, in index order: postings refer to positions in this list. */
  docs: SearchRecord[];
  /**
   * How many Chinese, Tibetan and other terms each page has (title terms count `TITLE_WEIGHT` times),
   * for length normalisation. Counted apart because a Tibetan page also carries the Chinese statute:
   * for a Chinese query only its Chinese part is the page's length.
   */
  lengths: Record<UnitKind, number[]>;
  /** Every term once, sorted by UTF-16 code units (so a prefix is a contiguous range), joined by '\n'. */
  terms: string;
  /**
   * The postings of each term, in the order of `terms`: comma-separated base-36 deltas of page
   * positions, each followed by `.weight` when the term's weight on that page is not 1.
   */
  postings: string[];
  /** The glossary with its synonyms: words a query also searches as. */
  lexicon: LexiconEntry[];
}

/** Bump when the shape or the terms change, so an old cached copy is never misread. */
export const SEARCH_INDEX_VERSION = 2;
/** A term in the title counts as much as this many in the text. */
export const TITLE_WEIGHT = 4;
/** A term in the lead (a guide's key message) counts this much more than in the rest of the text. */
export const LEAD_WEIGHT = 1;

/** Builds one language's index from its records. Pure: the build step and the tests both use it. */
export function buildSearchIndex(locale: Locale, docs: SearchRecord[], lexicon: LexiconEntry[]): SearchIndexFile {
  const weights = new Map<string, Map<number, number>>();
  const lengths = Object.fromEntries(UNIT_KINDS.map((kind) => [kind, docs.map(() => 0)])) as Record<UnitKind, number[]>;
  docs.forEach((doc, position) => {
    const add = (terms: string[], weight: number) => {
      for (const term of terms) {
        let byDoc = weights.get(term);
        if (!byDoc) weights.set(term, (byDoc = new Map()));
        byDoc.set(position, (byDoc.get(position) ?? 0) + weight);
        lengths[termKind(term)][position]! += weight;
      }
    };
    add(indexTerms(searchUnits(doc.title)), TITLE_WEIGHT);
    add(indexTerms(searchUnits(doc.text)), 1);
    if (doc.lead) add(indexTerms(searchUnits(doc.lead)), LEAD_WEIGHT);
  });
  const terms = [...weights.keys()].sort(byCodeUnits);
  const has = (word: string) =>
    phrases(searchUnits(word)).every((run) =>
      (run.length === 1 ? [run[0]!.key] : run.slice(1).map((unit, i) => bigram(run[i]!, unit.key, unit.kind))).every(
        (term) => weights.has(term),
      ),
    );
  const postings = terms.map((term) => {
    let previous = 0;
    return [...weights.get(term)!]
      .sort(([a], [b]) => a - b)
      .map(([position, weight]) => {
        const delta = (position - previous).toString(36);
        previous = position;
        return weight === 1 ? delta : `${delta}.${weight.toString(36)}`;
      })
      .join(',');
  });
  return {
    version: SEARCH_INDEX_VERSION,
    locale,
    docs,
    lengths,
    terms: terms.join('\n'),
    postings,
    lexicon: lexicon.map(({ guides, ...entry }) => {
      const unused = [...entry.zh, ...entry.bo].filter((word) => !has(word));
      const first = (guides ?? [])
        .map((slug) => docs.findIndex((doc) => doc.url === href.guide(locale, slug)))
        .filter((doc) => doc >= 0);
      return { ...entry, ...(unused.length ? { unused } : {}), ...(first.length ? { first } : {}) };
    }),
  };
}

/** Plain code-unit order; `localeCompare` would differ between build and browser. */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One page a term occurs on, with its weight there. */
export interface Posting {
  doc: number;
  weight: number;
}

export function decodePostings(encoded: string): Posting[] {
  if (!encoded) return [];
  let doc = 0;
  return encoded.split(',').map((entry) => {
    const [delta, weight] = entry.split('.');
    doc += parseInt(delta!, 36);
    return { doc, weight: weight ? parseInt(weight, 36) : 1 };
  });
}
