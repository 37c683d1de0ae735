/**
 * Which Tibetan texts translate which Chinese source: one row per content folder with separate
 * `zh/` and `bo/` files. The translation marker, the status report, the review view and the
 * "Chinese updated" note all read this one list.
 */
export interface TrackedCollection {
  /** Collection name in src/content.config.ts. */
  collection: string;
  /** Folder under content/ that holds the Tibetan files in `bo/`. */
  dir: string;
  /** File name ending of the Tibetan files. */
  ext: 'md' | 'yaml';
  /** The Chinese source of one Tibetan file, relative to content/. */
  sourceOf: (slug: string) => string;
  /** Chinese label in the status report and the review view. */
  label: string;
}

const sameSlug = (dir: string, ext: string) => (slug: string) => `${dir}/zh/${slug}.${ext}`;

export const TRACKED_COLLECTIONS: readonly TrackedCollection[] = [
  { collection: 'guides', dir: 'guides', ext: 'md', sourceOf: sameSlug('guides', 'md'), label: '实用指南' },
  { collection: 'notices', dir: 'notices', ext: 'md', sourceOf: sameSlug('notices', 'md'), label: '通知公告' },
  { collection: 'campaign', dir: 'campaign', ext: 'md', sourceOf: sameSlug('campaign', 'md'), label: '七进' },
  {
    collection: 'checklists',
    dir: 'checklists',
    ext: 'yaml',
    sourceOf: sameSlug('checklists', 'yaml'),
    label: '自查清单',
  },
  {
    collection: 'lawExplanations',
    dir: 'law/explanations',
    ext: 'md',
    sourceOf: sameSlug('law/explanations', 'md'),
    label: '法条释义',
  },
  {
    collection: 'lawSummaries',
    dir: 'law/summaries',
    ext: 'md',
    // The summary translates the statute article itself.
    sourceOf: (slug) => `law/articles/${slug}.json`,
    label: '法条藏文摘要',
  },
];

/**
 * Guides a reader needs in an emergency or a night with a stove burning: a native speaker reads
 * these first, in this order.
 */
export const EMERGENCY_GUIDES = [
  'calling-119',
  'escape-smoke',
  'winter-stoves',
  'grassland-forest-fire',
  'burns-first-aid',
  'extinguishers',
  'lpg-cylinders',
] as const;

/**
 * Fields that say the same thing in both languages (tags, numbers, dates, links). Changing them does
 * not make a translation outdated, and the editor copies them from the Chinese entry.
 */
export const LANGUAGE_NEUTRAL_FIELDS = [
  'icon',
  'audience',
  'audiences',
  'sources',
  'order',
  'articles',
  'article',
  'checklist',
  'quizSet',
  'date',
  'expires',
] as const;

/** Fields about the translation itself, never part of what is translated. */
export const TRANSLATION_FIELDS = ['status', 'sourceHash', 'reviewed', 'notes'] as const;
