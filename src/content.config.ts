import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { campaignSchema } from './schemas/campaign.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guide.ts';
import { lawArticleSchema, lawExplanationSchema, lawStatuteSchema, lawSummarySchema } from './schemas/law.ts';
import { noticeSchema } from './schemas/notice.ts';
import { playlistSchema } from './schemas/slide.ts';
import { quizQuestionSchema, quizSetSchema } from './schemas/quiz.ts';

/** Editors own `content/` at the top level (see content/README.md). */
const base = (folder: string) => `./content/${folder}`;

export const collections = {
  law: defineCollection({ loader: glob({ pattern: '*.json', base: base('law/articles') }), schema: lawArticleSchema }),
  lawStatute: defineCollection({
    loader: file(base('law/statute.json'), { parser: (text) => [{ id: 'statute', ...JSON.parse(text) }] }),
    schema: lawStatuteSchema,
  }),
  lawExplanations: defineCollection({
    loader: glob({ pattern: '{zh,bo}/*.md', base: base('law/explanations') }),
    schema: lawExplanationSchema,
  }),
  lawSummaries: defineCollection({
    loader: glob({ pattern: 'bo/*.md', base: base('law/summaries') }),
    schema: lawSummarySchema,
  }),
  campaign: defineCollection({
    loader: glob({ pattern: '{zh,bo}/*.md', base: base('campaign') }),
    schema: campaignSchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '{zh,bo}/*.{md,mdx}', base: base('guides') }),
    schema: guideSchema,
  }),
  checklists: defineCollection({
    loader: glob({ pattern: '{zh,bo}/*.yaml', base: base('checklists') }),
    schema: checklistSchema,
  }),
  quizQuestions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: base('quiz/questions') }),
    schema: quizQuestionSchema,
  }),
  quizSets: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('quiz/sets') }), schema: quizSetSchema }),
  glossary: defineCollection({ loader: file(base('glossary/terms.yaml')), schema: glossaryTermSchema }),
  slides: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('slides') }), schema: playlistSchema }),
  notices: defineCollection({ loader: glob({ pattern: '{zh,bo}/*.md', base: base('notices') }), schema: noticeSchema }),
};
