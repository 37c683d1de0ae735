import { z } from 'astro/zod';
import { audience, icon, source, requireReviewer, translationMarks } from './common.ts';

/** A practical guide (`content/guides/<lang>/<slug>.mdx`); the body holds the steps. */
export const guideSchema = z
  .object({
    title: z.string().min(2),
    /** One sentence that carries the guide; reused by big-screen slides. */
    keyMessage: z.string().min(4),
    /** Icon name from src/lib/icon-set.ts (the site's own icons). */
    icon: icon.default('flame'),
    audiences: z.array(audience).default([]),
    /** Where the advice comes from; at least one law article, guide or document. */
    sources: z.array(source).min(1, 'name at least one source (a law article or a document)'),
    /** Order in the guide list; lower comes first. */
    order: z.number().int().default(100),
    ...translationMarks,
  })
  .superRefine(requireReviewer);
export type Guide = z.infer<typeof guideSchema>;
