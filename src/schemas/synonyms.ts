import { z } from 'astro/zod';

/**
 * One group of words that mean the same for search (an item of `content/glossary/synonyms.yaml`):
 * a query with any of them also searches the others of its language.
 */
export const synonymGroupSchema = z
  .object({
    /** Stable id, lower-case ASCII, e.g. `co-poisoning`. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id: lower-case ASCII and hyphens'),
    /** The glossary term (its id in terms.yaml) these words are everyday names for, if there is one. */
    term: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'term: the id of a term in terms.yaml')
      .optional(),
    /**
     * The guide (its slug) these words are the subject of: a query naming one of them lists that
     * guide first, even where the guide says it in other words (煤气中毒 → winter-stoves).
     */
    guide: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'guide: the slug of a guide in content/guides/')
      .optional(),
    /** Chinese words as residents type them. */
    zh: z.array(z.string().trim().min(1)).default([]),
    /** Tibetan words as residents type them. */
    bo: z.array(z.string().trim().min(1)).default([]),
    /** The Tibetan words' translation status: `draft` until a native speaker has checked them. */
    status: z.enum(['draft', 'reviewed']),
  })
  .refine((group) => group.term || group.zh.length + group.bo.length >= 2, {
    message: 'a group without `term` needs at least two words (zh and bo lists together)',
  });
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
