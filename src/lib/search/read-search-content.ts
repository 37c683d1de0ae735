import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locale } from '../../i18n/locales.ts';
import { parseContentFile } from '../content-lint/text-fields.ts';
import {
  campaignRecord,
  checklistRecord,
  guideRecord,
  lawRecords,
  questionRecord,
  type CampaignData,
  type ChecklistData,
  type GuideData,
  type MarkdownEntry,
  type QuestionData,
} from './content-records.ts';
import type { GlossaryPair, SearchRecord } from './search-record.ts';

/** Files of a folder with one of the extensions, by slug; none when the folder does not exist. */
function filesBySlug(dir: string, extensions: RegExp): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => extensions.test(name) && name !== 'README.md')
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => [basename(name).replace(extensions, ''), join(dir, name)]),
  );
}

const read = <T>(path: string): MarkdownEntry<T> => {
  const { data, body } = parseContentFile(path, readFileSync(path, 'utf8'));
  return { data: data as T, body: body ?? '' };
};

/**
 * Every slug of a `<lang>/<slug>` collection in the reader's language, falling back to the Chinese
 * entry where the Tibetan is not written yet, as the pages do (src/data/localized.ts).
 */
function localized<T>(dir: string, locale: Locale, extensions: RegExp): [string, MarkdownEntry<T>][] {
  const own = filesBySlug(join(dir, locale), extensions);
  return [...filesBySlug(join(dir, 'zh'), extensions)].map(([slug, zhPath]) => [
    slug,
    read<T>(own.get(slug) ?? zhPath),
  ]);
}

/** The search records of one language, read straight from `content/` (no Astro needed: tests use it too). */
export function readSearchRecords(contentDir: string, locale: Locale): SearchRecord[] {
  const articles = [...filesBySlug(join(contentDir, 'law', 'articles'), /\.json$/).values()]
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as { number: number; label: string; text: string })
    .sort((a, b) => a.number - b.number);
  const byArticle = <T>(dir: string) =>
    new Map([...filesBySlug(dir, /\.md$/)].map(([n, path]) => [Number(n), read<T>(path)] as const));
  const explanations = byArticle<{ title: string }>(join(contentDir, 'law', 'explanations', locale));
  const summaries = byArticle<unknown>(join(contentDir, 'law', 'summaries', locale));
  const setOf = new Map<string, string>();
  for (const [set, path] of filesBySlug(join(contentDir, 'quiz', 'sets'), /\.ya?ml$/)) {
    for (const id of read<{ questions?: string[] }>(path).data.questions ?? []) if (!setOf.has(id)) setOf.set(id, set);
  }
  const questions = [...filesBySlug(join(contentDir, 'quiz', 'questions'), /\.ya?ml$/)].map(([id, path]) =>
    questionRecord(locale, id, read<QuestionData>(path).data, setOf.get(id)),
  );
  return [
    ...lawRecords(locale, articles, explanations, summaries),
    ...localized<GuideData>(join(contentDir, 'guides'), locale, /\.mdx?$/).map(([slug, entry]) =>
      guideRecord(locale, slug, entry),
    ),
    ...localized<CampaignData>(join(contentDir, 'campaign'), locale, /\.md$/).map(([slug, entry]) =>
      campaignRecord(locale, slug, entry),
    ),
    ...localized<ChecklistData>(join(contentDir, 'checklists'), locale, /\.ya?ml$/).map(([slug, entry]) =>
      checklistRecord(locale, slug, entry.data),
    ),
    ...questions,
  ];
}

/** The glossary pairs (content/glossary/terms.yaml). */
export function readGlossaryPairs(contentDir: string): GlossaryPair[] {
  const path = join(contentDir, 'glossary', 'terms.yaml');
  if (!existsSync(path)) return [];
  const terms = (parseContentFile(path, readFileSync(path, 'utf8')).data ?? []) as GlossaryPair[];
  return terms.map(({ zh, bo, variants }) => ({ zh, bo, ...(variants?.length ? { variants } : {}) }));
}
