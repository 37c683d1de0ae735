import type { Locale } from '../../i18n/locales.ts';
import { contentLanguage } from './content-language.ts';
import { excerpt, type Segment } from './excerpt.ts';
import type { Found, SearchOutcome } from './run-search.ts';
import type { SearchEngine } from './search-engine.ts';
import { SEARCH_TYPES, type SearchType } from './search-record.ts';

/** One result as the page lists it. */
export interface ResultItem {
  url: string;
  title: string;
  type: SearchType;
  /** `lang` values: a Tibetan page's result may be a Chinese statute. */
  titleLang: string;
  excerpt: Segment[];
  excerptLang: string;
}

/** Excerpt width by page language: a Tibetan syllable takes more code points than a Chinese word. */
const EXCERPT_WIDTH: Record<Locale, number> = { zh: 110, bo: 180 };

/** The pages a result list shows: filtered to a type, the first `limit` of them. */
export const shownDocs = (engine: SearchEngine, found: Found, type: SearchType | undefined, limit: number): number[] =>
  found.hits
    .map((hit) => hit.doc)
    .filter((doc) => !type || engine.types[doc] === type)
    .slice(0, limit);

/**
 * The results of one query, filtered to a type, the first `limit` of them, with their excerpts.
 * A page whose record is not loaded yet is left out (the loader fetches them before showing).
 */
export function resultItems(
  engine: SearchEngine,
  found: Found,
  locale: Locale,
  type: SearchType | undefined,
  limit: number,
): ResultItem[] {
  return shownDocs(engine, found, type, limit)
    .flatMap((doc) => engine.record(doc) ?? [])
    .map((doc) => {
      const segments = excerpt(doc.text, found.phrases, {
        width: EXCERPT_WIDTH[locale],
        prefixLast: found.mode === 'prefix',
        loose: found.mode === 'any',
      });
      return {
        url: doc.url,
        title: doc.title,
        type: doc.type,
        titleLang: contentLanguage(doc.title, locale),
        excerpt: segments,
        excerptLang: contentLanguage(segments.map((segment) => segment.text).join(''), locale),
      };
    });
}

/**
 * How many results of each type searches found, the glossary's extra results included: the page's
 * own language, and the other language's pages for a query in its script.
 */
export function countByType(...searches: [SearchEngine, SearchOutcome][]): Record<SearchType | 'all', number> {
  const counts = Object.fromEntries([...SEARCH_TYPES, 'all'].map((type) => [type, 0])) as Record<
    SearchType | 'all',
    number
  >;
  for (const [engine, outcome] of searches) {
    for (const hit of [...outcome.hits, ...(outcome.alternate?.hits ?? [])]) {
      counts[engine.types[hit.doc]!]++;
      counts.all++;
    }
  }
  return counts;
}
