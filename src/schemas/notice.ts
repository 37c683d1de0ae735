import { z } from 'astro/zod';
import { icon, requireReviewer, translationMarks } from './common.ts';

/**
 * A campaign announcement (`content/notices/<lang>/<slug>.md`), the body in the county's voice.
 * Current (published, not yet expired on the day the site is built) notices are shown on both
 * homes and as big-screen slides; all of them stay at `/{lang}/notices/`.
 */
export const noticeSchema = z
  .object({
    title: z.string().min(2),
    /** One sentence for the homes and the big-screen slide: what to do, not who decided it. */
    summary: z.string().min(4, 'write one sentence that says what readers should do'),
    icon: icon.default('flame'),
    /** Publication date, YYYY-MM-DD: shown from this day on. */
    date: z.coerce.date(),
    /** Last day the notice is current, YYYY-MM-DD; afterwards it is only in the archive. */
    expires: z.coerce.date().optional(),
    ...translationMarks,
  })
  .superRefine(requireReviewer)
  .superRefine((notice, ctx) => {
    if (notice.expires && notice.expires < notice.date)
      ctx.addIssue({
        code: 'custom',
        path: ['expires'],
        message: 'expires is before date. Fix: the last day the notice is current comes after its publication date',
      });
  });
export type Notice = z.infer<typeof noticeSchema>;
