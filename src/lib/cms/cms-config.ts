/**
 * The editor's configuration (`/admin/config.yml`), generated from the zod schemas at build time:
 * every collection of src/content.config.ts with every field its schema accepts, Chinese and
 * Tibetan side by side, field names in Chinese.
 */
import type { z } from 'astro/zod';
import { campaignSchema } from '../../schemas/campaign.ts';
import { checklistSchema } from '../../schemas/checklist.ts';
import { synonymGroupSchema } from '../../schemas/synonyms.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { lawArticleSchema, lawExplanationSchema, lawStatuteSchema, lawSummarySchema } from '../../schemas/law.ts';
import { noticeSchema } from '../../schemas/notice.ts';
import { quizQuestionSchema, quizSetSchema } from '../../schemas/quiz.ts';
import { playlistSchema } from '../../schemas/slide.ts';
import { AUDIENCES } from '../../i18n/audiences.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { zh, type UiKey } from '../../i18n/ui/zh.ts';
import { LANGUAGE_NEUTRAL_FIELDS } from '../translation/tracked.ts';
import { FIELD_LABELS, LONG_TEXT_FIELDS } from './field-labels.ts';
import { fieldOf, fieldsOf, type CmsField, type FieldContext } from './zod-to-fields.ts';

/** How one collection is stored. */
export interface CollectionSource {
  /** The collection's name in src/content.config.ts. */
  name: string;
  label: string;
  schema: z.ZodType;
  /** `folder`: one file per entry; `file`: one file holds a list or an object. */
  kind: 'folder' | 'file';
  /** Relative to the repository root. */
  path: string;
  format: 'frontmatter' | 'yaml' | 'json';
  /** `zh/` and `bo/` files side by side; otherwise one file (bilingual YAML holds both languages). */
  perLanguage: boolean;
  /** Markdown body below the frontmatter. */
  body?: boolean;
  /** Imported or generated: shown, not created or deleted in the editor. */
  readOnly?: boolean;
  /** A file whose top level is a list of entries. */
  rootList?: boolean;
  identifier?: string;
  hint?: string;
}

export const CMS_COLLECTIONS: readonly CollectionSource[] = [
  {
    name: 'notices',
    label: '通知公告',
    schema: noticeSchema,
    kind: 'folder',
    path: 'content/notices',
    format: 'frontmatter',
    perLanguage: true,
    body: true,
  },
  {
    name: 'guides',
    label: '实用指南',
    schema: guideSchema,
    kind: 'folder',
    path: 'content/guides',
    format: 'frontmatter',
    perLanguage: true,
    body: true,
  },
  {
    name: 'campaign',
    label: '七进',
    schema: campaignSchema,
    kind: 'folder',
    path: 'content/campaign',
    format: 'frontmatter',
    perLanguage: true,
    body: true,
    hint: '文件名就是七进对象（schools 等），七个都已建好',
  },
  {
    name: 'checklists',
    label: '自查清单',
    schema: checklistSchema,
    kind: 'folder',
    path: 'content/checklists',
    format: 'yaml',
    perLanguage: true,
  },
  {
    name: 'quizQuestions',
    label: '题库',
    schema: quizQuestionSchema,
    kind: 'folder',
    path: 'content/quiz/questions',
    format: 'yaml',
    perLanguage: false,
    identifier: 'prompt.zh',
  },
  {
    name: 'quizSets',
    label: '题组',
    schema: quizSetSchema,
    kind: 'folder',
    path: 'content/quiz/sets',
    format: 'yaml',
    perLanguage: false,
    identifier: 'title.zh',
    hint: '通常由 npm run make:quiz-sets 生成',
  },
  {
    name: 'slides',
    label: '大屏播放列表',
    schema: playlistSchema,
    kind: 'folder',
    path: 'content/slides',
    format: 'yaml',
    perLanguage: false,
    identifier: 'title.zh',
  },
  {
    name: 'glossary',
    label: '术语表',
    schema: glossaryTermSchema,
    kind: 'file',
    path: 'content/glossary/terms.yaml',
    format: 'yaml',
    perLanguage: false,
    rootList: true,
  },
  {
    name: 'synonyms',
    label: '搜索同义词',
    schema: synonymGroupSchema,
    kind: 'file',
    path: 'content/glossary/synonyms.yaml',
    format: 'yaml',
    perLanguage: false,
    rootList: true,
  },
  {
    name: 'lawExplanations',
    label: '法条释义',
    schema: lawExplanationSchema,
    kind: 'folder',
    path: 'content/law/explanations',
    format: 'frontmatter',
    perLanguage: true,
    body: true,
  },
  {
    name: 'lawSummaries',
    label: '法条藏文摘要',
    schema: lawSummarySchema,
    kind: 'folder',
    path: 'content/law/summaries/bo',
    format: 'frontmatter',
    perLanguage: false,
    body: true,
    identifier: 'article',
  },
  {
    name: 'law',
    label: '消防法条文（导入，勿改）',
    schema: lawArticleSchema,
    kind: 'folder',
    path: 'content/law/articles',
    format: 'json',
    perLanguage: false,
    readOnly: true,
    identifier: 'label',
  },
  {
    name: 'lawStatute',
    label: '消防法总览（导入，勿改）',
    schema: lawStatuteSchema,
    kind: 'file',
    path: 'content/law/statute.json',
    format: 'json',
    perLanguage: false,
    readOnly: true,
  },
];

const NEUTRAL = new Set<string>(LANGUAGE_NEUTRAL_FIELDS);

/** Which git host the editor saves to: set at build time (README "Editing without code"). */
export interface CmsBackend {
  name: 'github' | 'gitea';
  repo: string;
  branch: string;
  /** The git host's address, for a self-hosted Gitea/Forgejo (or GitHub Enterprise). */
  baseUrl?: string | undefined;
}

export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const host = (env['CMS_GIT_HOST'] ?? 'gitea').toLowerCase();
  // Forgejo speaks Gitea's API.
  const name = host === 'github' ? 'github' : 'gitea';
  return {
    name,
    repo: env['CMS_REPO'] ?? 'brigade/fire-safety-site',
    branch: env['CMS_BRANCH'] ?? 'main',
    baseUrl: env['CMS_BASE_URL'] || undefined,
  };
}

/** The fields of a schema whose top level is a discriminated union: a type selector, then all variants' fields. */
function unionFields(schema: z.ZodType, ctx: FieldContext): CmsField[] {
  const def = (schema as unknown as { _zod: { def: { discriminator: string; options: z.ZodObject[] } } })._zod.def;
  const key = def.discriminator;
  const variants = def.options.map((option) => fieldsOf(option, ctx));
  const values = def.options.map((option) =>
    String((option.shape[key] as unknown as { _zod: { def: { values: unknown[] } } })._zod.def.values[0]),
  );
  const merged = new Map<string, CmsField>();
  variants.forEach((fields) =>
    fields.forEach((field) => {
      if (field.name === key || merged.has(field.name)) return;
      const inAll = variants.every((other) => other.some((f) => f.name === field.name));
      merged.set(field.name, inAll ? field : { ...field, required: false, hint: '只有部分题型需要' });
    }),
  );
  return [{ name: key, label: ctx.label(key) ?? key, widget: 'select', options: values }, ...merged.values()];
}

function collectionConfig(source: CollectionSource, ctx: FieldContext) {
  const fieldCtx: FieldContext = {
    ...ctx,
    ...(source.perLanguage ? { i18nOf: (name: string) => (NEUTRAL.has(name) ? ('duplicate' as const) : true) } : {}),
  };
  const def = (source.schema as unknown as { _zod: { def: { type: string; discriminator?: string } } })._zod.def;
  let fields =
    def.type === 'union' && def.discriminator
      ? unionFields(source.schema, fieldCtx)
      : source.rootList
        ? [fieldOf('items', source.schema.array(), { ...fieldCtx, label: () => source.label }, 'items')]
        : fieldsOf(source.schema as z.ZodObject, fieldCtx);
  fields = fields.map((field) =>
    field.name === 'sourceHash'
      ? { ...field, readonly: true, hint: '译者完成后运行 npm run translation:mark -- <文件> 写入，请勿手填' }
      : field,
  );
  if (source.rootList) fields = fields.map((field) => ({ ...field, root: true }));
  if (source.body)
    fields.push({ name: 'body', label: '正文', widget: 'markdown', ...(source.perLanguage ? { i18n: true } : {}) });
  const common = {
    name: source.name,
    label: source.label,
    ...(source.hint ? { description: source.hint } : {}),
    ...(source.perLanguage ? { i18n: true } : {}),
  };
  if (source.kind === 'file')
    return {
      ...common,
      files: [{ name: source.name, label: source.label, file: source.path, format: source.format, fields }],
    };
  const extension = source.format === 'frontmatter' ? 'md' : source.format;
  return {
    ...common,
    folder: source.path,
    extension,
    format: source.format,
    create: !source.readOnly,
    ...(source.readOnly ? { delete: false } : {}),
    identifier_field: source.identifier ?? 'title',
    slug: '{{slug}}',
    fields,
  };
}

/**
 * The whole configuration. Field names without a Chinese label are collected in `missingLabels`
 * (the build fails on any).
 */
export function buildCmsConfig(backend: CmsBackend, sources: readonly CollectionSource[] = CMS_COLLECTIONS) {
  const missingLabels: string[] = [];
  const ctx: FieldContext = {
    label: (name) => FIELD_LABELS[name],
    onMissingLabel: (path) => missingLabels.push(path),
    isLongText: (name) => LONG_TEXT_FIELDS.has(name),
    optionLabel: (field, value) =>
      field.startsWith('audience') && (AUDIENCES as readonly string[]).includes(value)
        ? zh[`audience.${value}` as UiKey]
        : undefined,
  };
  const collections = sources.map((source) => {
    const collection = collectionConfig(source, {
      ...ctx,
      onMissingLabel: (path) => ctx.onMissingLabel(`${source.name}: ${path}`),
    });
    return collection;
  });
  const config = {
    backend: {
      name: backend.name,
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.baseUrl
        ? { base_url: backend.baseUrl, api_root: `${backend.baseUrl.replace(/\/$/, '')}/api/v1` }
        : {}),
    },
    // Images are not part of the content model yet; uploads land here if an editor adds one.
    media_folder: 'public/images',
    public_folder: '/images',
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: 'zh' },
    collections,
  };
  if (backend.name === 'github') {
    const b = config.backend as Record<string, unknown>;
    if (backend.baseUrl) {
      b['base_url'] = backend.baseUrl;
      b['api_root'] = `${backend.baseUrl.replace(/\/$/, '')}/api/v3`;
    }
  }
  return { config, missingLabels };
}
