/**
 * Where each collection lives under `content/` and which zod schema it obeys: named once, for
 * Astro (src/content.config.ts) and for Node-side code (search index, content lint, tests) alike.
 * Plain TypeScript with no Node builtins, so pages may import it.
 */
import type { z } from 'astro/zod';
import { campaignSchema } from '../schemas/campaign.ts';
import { checklistSchema } from '../schemas/checklist.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { guideSchema } from '../schemas/guide.ts';
import { lawArticleSchema, lawExplanationSchema, lawStatuteSchema, lawSummarySchema } from '../schemas/law.ts';
import { noticeSchema } from '../schemas/notice.ts';
import { quizQuestionSchema, quizSetSchema } from '../schemas/quiz.ts';
import { playlistSchema } from '../schemas/slide.ts';
import { synonymGroupSchema } from '../schemas/synonyms.ts';

/**
 * The folder editors own; every `folder` and `file` below is relative to it. `CONTENT_DIR` in the
 * environment builds a copy instead (the e2e test of an outdated translation edits a copy).
 */
export const CONTENT_DIR: string = globalThis.process?.env?.['CONTENT_DIR'] ?? 'content';

/**
 * `folder` + `pattern`: one entry per file, its id the path without the extension (`zh/winter-stoves`);
 * `file`: one file holding a list of entries with an `id` each (`list`), or one entry (`single`).
 */
export type CollectionDefinition =
  | { kind: 'folder'; folder: string; pattern: string; localized: boolean; schema: z.ZodType }
  | { kind: 'list' | 'single'; file: string; schema: z.ZodType };

const folder = <S extends z.ZodType>(path: string, pattern: string, schema: S) =>
  ({ kind: 'folder', folder: path, pattern, localized: pattern.startsWith('{zh,bo}/'), schema }) as const;

export const COLLECTIONS = {
  law: folder('law/articles', '*.json', lawArticleSchema),
  lawStatute: { kind: 'single', file: 'law/statute.json', schema: lawStatuteSchema },
  lawExplanations: folder('law/explanations', '{zh,bo}/*.md', lawExplanationSchema),
  lawSummaries: folder('law/summaries', 'bo/*.md', lawSummarySchema),
  campaign: folder('campaign', '{zh,bo}/*.md', campaignSchema),
  guides: folder('guides', '{zh,bo}/*.{md,mdx}', guideSchema),
  checklists: folder('checklists', '{zh,bo}/*.yaml', checklistSchema),
  quizQuestions: folder('quiz/questions', '*.yaml', quizQuestionSchema),
  quizSets: folder('quiz/sets', '*.yaml', quizSetSchema),
  glossary: { kind: 'list', file: 'glossary/terms.yaml', schema: glossaryTermSchema },
  synonyms: { kind: 'list', file: 'glossary/synonyms.yaml', schema: synonymGroupSchema },
  slides: folder('slides', '*.yaml', playlistSchema),
  notices: folder('notices', '{zh,bo}/*.md', noticeSchema),
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
/** The validated data of one entry of a collection, as the schema's defaults fill it in. */
export type EntryData<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['schema']>;
