import { z } from 'astro/zod';
import { audience, requireReviewer, translationMarks } from './common.ts';

/** A self-inspection checklist (`content/checklists/<lang>/<slug>.yaml`). */
export const checklistSchema = z
  .object({
    title: z.string().min(2),
    /** What the checklist is for and who ticks it, one sentence. */
    intro: z.string().min(4),
    audiences: z.array(audience).default([]),
    /** Groups of items; ids stay the same in both languages so saved ticks match. */
    groups: z
      .array(
        z.object({
          title: z.string().min(1),
          items: z
            .array(
              z.object({
                id: z.string().regex(/^[a-z0-9-]+$/, 'item id: lower-case ASCII and hyphens'),
                text: z.string().min(2),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
    ...translationMarks,
  })
  .superRefine(requireReviewer);
export type Checklist = z.infer<typeof checklistSchema>;
