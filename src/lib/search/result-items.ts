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

/** The results of one query, filtered to a type, the first `limit` of them, with their excerpts. */
export function resultItems(
  engine: SearchEngine,
  found: Found,
  locale: Locale,
  type: SearchType | undefined,
  limit: number,
): ResultItem[] {
  return found.hits
    .map((hit) => engine.file.docs[hit.doc]!)
    .filter((doc) => !type || doc.type === type)
    .slice(0, limit)
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

/** How many results of each type a search found, the glossary's extra results included. */
export function countByType(engine: SearchEngine, outcome: SearchOutcome): Record<SearchType | 'all', number> {
  const counts = Object.fromEntries([...SEARCH_TYPES, 'all'].map((type) => [type, 0])) as Record<
    SearchType | 'all',
    number
  >;
  for (const hit of [...outcome.hits, ...(outcome.alternate?.hits ?? [])]) {
    counts[engine.file.docs[hit.doc]!.type]++;
    counts.all++;
  }
  return counts;
}
