import { z } from 'astro/zod';
import { articleNumber, audience, requireReviewer, translationMarks, translationStatus } from './common.ts';

/** One article of the statute, imported verbatim by `scripts/import-law.ts`. Never edit by hand. */
export const lawArticleSchema = z.object({
  /** Article number, 1…74. */
  number: articleNumber,
  /** The article's label as printed, e.g. 第十六条. */
  label: z.string().regex(/^第[一二三四五六七八九十百]+条$/, 'label must read like 第十六条'),
  /** Chapter number, 1…7. */
  chapter: z.number().int().min(1).max(7),
  /** The statute text, verbatim; paragraphs separated by a newline. */
  text: z.string().min(1),
});
export type LawArticle = z.infer<typeof lawArticleSchema>;

/** The statute as a whole: title, revision note and chapters. */
export const lawStatuteSchema = z.object({
  title: z.string(),
  /** 题注: adoption and amendment history, verbatim. */
  revisionNote: z.string(),
  promulgated: z.string(),
  effective: z.string(),
  chapters: z
    .array(
      z.object({
        number: z.number().int().min(1),
        /** e.g. 第二章 火灾预防 */
        heading: z.string(),
        title: z.string(),
        /** First and last article of the chapter. */
        articles: z.tuple([articleNumber, articleNumber]),
      }),
    )
    .length(7, 'the Fire Protection Law has 7 chapters'),
});
export type LawStatute = z.infer<typeof lawStatuteSchema>;

/**
 * A plain-language explanation (释义) of one article (`content/law/explanations/<lang>/<n>.md`),
 * what the article asks of residents and units. Shown apart from the statute, never instead of it.
 */
export const lawExplanationSchema = z
  .object({
    /** The article explained; must match the file name. */
    article: articleNumber,
    /** A plain heading that says the duty, e.g. 不得占用消防通道. */
    title: z.string().min(2),
    /** The 七进 audiences the article concerns. */
    audiences: z.array(audience).min(1, 'tag at least one 七进 audience'),
    /** `status` is required on Tibetan explanations; Chinese explanations are the source text. */
    ...translationMarks,
  })
  .superRefine(requireReviewer);
export type LawExplanation = z.infer<typeof lawExplanationSchema>;

/**
 * An unofficial Tibetan summary of one article (`content/law/summaries/bo/<n>.md`). There is no
 * official Tibetan text available to us: the Chinese statute stays the authoritative text.
 */
export const lawSummarySchema = z
  .object({
    article: articleNumber,
    ...translationMarks,
    status: translationStatus,
  })
  .superRefine(requireReviewer);
export type LawSummary = z.infer<typeof lawSummarySchema>;
