import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { sourceHash, splitFrontmatter } from './source-hash.ts';
import { EMERGENCY_GUIDES, TRACKED_COLLECTIONS, type TrackedCollection } from './tracked.ts';
import { translationState, type TranslationState } from './translation-state.ts';

/** One Tibetan text and where it stands against its Chinese source. */
export interface TranslationRecord {
  collection: string;
  label: string;
  slug: string;
  /** Relative to content/. */
  file: string;
  sourceFile: string;
  state: TranslationState;
  status: string;
  recordedHash: string | undefined;
  currentHash: string;
  reviewed: { by: string; date: string } | undefined;
  notes: string | undefined;
  title: string;
}

/** The frontmatter (Markdown) or the document (YAML) of a content file. */
export function readMarks(path: string, text: string): Record<string, unknown> {
  const yaml = path.endsWith('.md') ? splitFrontmatter(text).frontmatter : text;
  return (parseYaml(yaml) ?? {}) as Record<string, unknown>;
}

const asString = (value: unknown) => (value === undefined || value === null ? undefined : String(value));

function readCollection(contentDir: string, tracked: TrackedCollection): TranslationRecord[] {
  const boDir = join(contentDir, tracked.dir, 'bo');
  if (!existsSync(boDir)) return [];
  return readdirSync(boDir)
    .filter((name) => name.endsWith(`.${tracked.ext}`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap((name) => {
      const slug = name.slice(0, -tracked.ext.length - 1);
      const file = `${tracked.dir}/bo/${name}`;
      const sourceFile = tracked.sourceOf(slug);
      const sourcePath = join(contentDir, sourceFile);
      // An orphan translation is the parity test's business; nothing to compare it with here.
      if (!existsSync(sourcePath)) return [];
      const marks = readMarks(file, readFileSync(join(contentDir, file), 'utf8'));
      const currentHash = sourceHash(sourceFile, readFileSync(sourcePath, 'utf8'));
      const recordedHash = asString(marks['sourceHash']);
      const reviewed = marks['reviewed'] as { by?: unknown; date?: unknown } | undefined;
      return [
        {
          collection: tracked.collection,
          label: tracked.label,
          slug,
          file,
          sourceFile,
          state: translationState({ status: asString(marks['status']), sourceHash: recordedHash }, currentHash),
          status: asString(marks['status']) ?? 'draft',
          recordedHash,
          currentHash,
          reviewed: reviewed ? { by: String(reviewed.by ?? ''), date: String(reviewed.date ?? '') } : undefined,
          notes: asString(marks['notes']),
          title: asString(marks['title']) ?? (tracked.collection.startsWith('law') ? `第${slug}条` : slug),
        },
      ];
    });
}

/** Every tracked Tibetan text, read from the content folder. */
export function readTranslations(contentDir: string): TranslationRecord[] {
  return TRACKED_COLLECTIONS.flatMap((tracked) => readCollection(contentDir, tracked));
}

/** Review order for native speakers: emergency guides first, then other guides, notices, hubs… */
export function reviewOrder(records: TranslationRecord[]): TranslationRecord[] {
  const emergency = (record: TranslationRecord) => {
    const index = (EMERGENCY_GUIDES as readonly string[]).indexOf(record.slug);
    return record.collection === 'guides' && index >= 0 ? index : EMERGENCY_GUIDES.length;
  };
  const collectionRank = (record: TranslationRecord) =>
    TRACKED_COLLECTIONS.findIndex((tracked) => tracked.collection === record.collection);
  const stateRank = { outdated: 0, unmarked: 1, draft: 2, reviewed: 3 } as const;
  return [...records].sort(
    (a, b) =>
      emergency(a) - emergency(b) ||
      collectionRank(a) - collectionRank(b) ||
      stateRank[a.state] - stateRank[b.state] ||
      a.slug.localeCompare(b.slug, 'en', { numeric: true }),
  );
}

/** Memoised per build: pages ask for one record each, the folder is read once. */
const cache = new Map<string, Map<string, TranslationRecord>>();
export function translationOf(contentDir: string, collection: string, slug: string): TranslationRecord | undefined {
  let byKey = cache.get(contentDir);
  if (!byKey) {
    byKey = new Map(readTranslations(contentDir).map((record) => [`${record.collection}/${record.slug}`, record]));
    cache.set(contentDir, byKey);
  }
  return byKey.get(`${collection}/${slug}`);
}
