import { z } from 'astro/zod';
import { AUDIENCES } from '../i18n/audiences.ts';
import { ICON_NAMES } from '../lib/icon-set.ts';

/**
 * Review state of a Tibetan text. `draft` until a native speaker has reviewed it;
 * draft pages say so in both languages and offer a way to report a problem.
 */
export const translationStatus = z.enum(['draft', 'reviewed'], {
  error: 'status must be "draft" (not yet reviewed by a native speaker) or "reviewed"',
});
export type TranslationStatus = z.infer<typeof translationStatus>;

/** One of the seven 七进 audiences. */
export const audience = z.enum(AUDIENCES, {
  error: `audience must be one of ${AUDIENCES.join(', ')}`,
});

/** A URL slug: lower-case ASCII words joined by hyphens, the same in both languages. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII words joined by hyphens, e.g. "winter-stoves"');

/** A law article number of the Fire Protection Law (1…74). */
export const articleNumber = z
  .number()
  .int()
  .min(1, 'the Fire Protection Law starts at article 1')
  .max(74, 'the Fire Protection Law has 74 articles');

/** Where a fact comes from: a law article, a guide of this site, or an outside document. */
export const source = z.discriminatedUnion('type', [
  z.object({ type: z.literal('law'), article: articleNumber }),
  z.object({ type: z.literal('guide'), slug }),
  z.object({
    type: z.literal('document'),
    /** Title of the standard, notice or manual, as published. */
    title: z.string().min(2),
    /** Web address, when the document is published online. */
    url: z.url().optional(),
  }),
]);
export type Source = z.infer<typeof source>;

/** A string in both languages, with the review state of the Tibetan. */
export const bilingualText = z.object({
  zh: z.string().min(1, 'write the Chinese text'),
  bo: z.string().min(1, 'write the Tibetan text, or mark the entry draft and ask a translator'),
  status: translationStatus,
});

/** An icon name from `src/lib/icon-set.ts` (the site's own icons). */
export const icon = z.enum(ICON_NAMES, { error: `icon must be one of: ${ICON_NAMES.join(' ')}` });

/**
 * What a Tibetan text records about its translation (`npm run translation:mark` writes the first
 * two; see README "Translation status"). On Chinese texts these stay empty.
 */
export const translationMarks = {
  status: translationStatus.optional(),
  /** Which version of the Chinese source this translates: 12 hex digits written by `translation:mark`. */
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'sourceHash is written by `npm run translation:mark -- <file>`; do not type it')
    .optional(),
  /** Who reviewed the Tibetan, and when; required once `status` is `reviewed`. */
  reviewed: z.object({ by: z.string().min(2, 'name the reviewer'), date: z.coerce.date() }).optional(),
  /** Notes from earlier readings (doubtful terms, questions for the reviewer). */
  notes: z.string().optional(),
};

/** A reviewed Tibetan text names its reviewer: attach with `.superRefine(requireReviewer)`. */
export function requireReviewer(data: { status?: string | undefined; reviewed?: unknown }, ctx: z.RefinementCtx) {
  if (data.status === 'reviewed' && !data.reviewed)
    ctx.addIssue({
      code: 'custom',
      path: ['reviewed'],
      message:
        'status is "reviewed" but nobody is named. Fix: npm run translation:mark -- <file> --reviewed-by "NAME", or add reviewed: { by: NAME, date: YYYY-MM-DD }',
    });
}
