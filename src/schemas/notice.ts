import { z } from 'astro/zod';
import { requireReviewer, translationMarks } from './common.ts';

/** A campaign announcement (`content/notices/<lang>/<slug>.md`). */
export const noticeSchema = z
  .object({
    title: z.string().min(2),
    /** Publication date, YYYY-MM-DD. */
    date: z.coerce.date(),
    /** Notices past this date drop off the home page. */
    expires: z.coerce.date().optional(),
    ...translationMarks,
  })
  .superRefine(requireReviewer);
export type Notice = z.infer<typeof noticeSchema>;
