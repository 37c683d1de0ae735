import { z } from 'astro/zod';
import { articleNumber, audience, icon, slug, requireReviewer, translationMarks } from './common.ts';

/** One 七进 hub (`content/campaign/<lang>/<audience>.md`); the file name is the audience. */
export const campaignSchema = z
  .object({
    audience,
    /** Hub title, e.g. 消防安全进学校. */
    title: z.string().min(2),
    /** Who the hub is for, one sentence. */
    who: z.string().min(4),
    /** The 3–5 main fire risks there. */
    risks: z.array(z.string().min(2)).min(3, 'name at least 3 risks').max(5, 'name at most 5 risks'),
    /** What to do: short imperative steps, each with an icon name from src/lib/icon-set.ts. */
    steps: z.array(z.object({ icon, text: z.string().min(2) })).min(3),
    /** Law articles that apply. */
    articles: z.array(articleNumber).min(1),
    /** Slug of the audience's checklist, when there is one. */
    checklist: slug.optional(),
    /** Slug of the audience's quiz set, when there is one. */
    quizSet: slug.optional(),
    ...translationMarks,
  })
  .superRefine(requireReviewer);
export type Campaign = z.infer<typeof campaignSchema>;
