import { join } from 'node:path';
import { localize } from '../../collections/localize.ts';
import { readCollection } from '../../collections/read-collection.ts';
import type { Locale } from '../../i18n/locales.ts';
import { setAsking } from '../quiz/set-asking.ts';
import { campaignRecord, checklistRecord, guideRecord, lawRecords, questionRecord } from './content-records.ts';
import type { SearchRecord } from './search-record.ts';

/** `<lang>/<n>` ids of a law collection, by article number, in one language. */
const byArticle = <T extends { id: string }>(entries: T[], locale: Locale) =>
  new Map(
    entries
      .filter((entry) => entry.id.startsWith(`${locale}/`))
      .map((entry) => [Number(entry.id.split('/')[1]), entry]),
  );

/**
 * The search records of one language, read from `content/` through the collections' own schemas
 * (no Astro needed: the tests build the same index the build does). Where the Tibetan is not written
 * yet the Chinese entry stands in, as on the pages.
 */
export function readSearchRecords(contentDir: string, locale: Locale): SearchRecord[] {
  const root = join(contentDir, '..');
  const articles = readCollection('law', root)
    .map((entry) => entry.data)
    .sort((a, b) => a.number - b.number);
  const setOf = setAsking(readCollection('quizSets', root));
  return [
    ...lawRecords(
      locale,
      articles,
      byArticle(readCollection('lawExplanations', root), locale),
      byArticle(readCollection('lawSummaries', root), locale),
    ),
    ...localize(readCollection('guides', root))
      .forLocale(locale)
      .map(({ slug, entry }) => guideRecord(locale, slug, entry)),
    ...localize(readCollection('campaign', root))
      .forLocale(locale)
      .map(({ entry }) => campaignRecord(locale, entry)),
    ...localize(readCollection('checklists', root))
      .forLocale(locale)
      .map(({ slug, entry }) => checklistRecord(locale, slug, entry.data)),
    ...readCollection('quizQuestions', root).map((entry) =>
      questionRecord(locale, entry.id, entry.data, setOf(entry.id)),
    ),
  ];
}
