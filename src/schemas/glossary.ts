import { z } from 'astro/zod';
import { TERM_GROUPS } from '../lib/glossary/term-group.ts';

/** One zh ↔ bo term (an item of `content/glossary/terms.yaml`). */
export const glossaryTermSchema = z.object({
  /** Stable id, lower-case ASCII, e.g. `fire-safety`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'id: lower-case ASCII and hyphens'),
  zh: z.string().min(1),
  bo: z.string().min(1),
  /** Extended Wylie transliteration of `bo`. */
  wylie: z.string().min(1),
  /** `attested`: found in published parallel text; otherwise the translation status. */
  status: z.enum(['attested', 'draft', 'reviewed']),
  /** Where the Tibetan term was found, or who proposed it. */
  source: z.string().min(2),
  /** Editors' reasoning for a decision and what a reviewer should check; stays in the source file. */
  note: z.string().optional(),
  /** Other spellings seen for the same term; the content linter flags them. */
  variants: z.array(z.string()).default([]),
  /** The public glossary's section; left out, it follows the Chinese term (src/lib/glossary/term-group.ts). */
  group: z.enum(TERM_GROUPS).optional(),
  /**
   * A short plain meaning for residents, in both languages, shown on the public glossary. Only for
   * terms a resident meets and only what can be stood behind; the Tibetan is draft like the term.
   */
  meaning: z.object({ zh: z.string().min(4), bo: z.string().min(4) }).optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
