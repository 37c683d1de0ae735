import { z } from 'astro/zod';
import { source, translationStatus } from './common.ts';

/** A regular expression written in the phrasebook; it must compile with the `u` flag. */
const pattern = z.string().refine(
  (text) => {
    try {
      new RegExp(text, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression (JavaScript syntax, `u` flag)' },
);

/** One way of saying the opposite of a rule, and why a reader takes it the wrong way. */
export const contradictionSchema = z.object({
  /** Regular expression for the wrong phrasing (JavaScript, `u` flag). */
  pattern,
  /** Why this phrasing contradicts the rule, in a few words (shown in the build error). */
  why: z.string().min(4),
  /**
   * `true` for patterns that are right when negated (不封炉 is right, 封炉 is wrong): a hit is
   * ignored when a Chinese negation (不 别 勿 禁止 严禁 不要 不准 不能 不得 千万) comes before it
   * in the same clause.
   */
  negatable: z.boolean().default(false),
  /** The hit is ignored when its clause (up to ，；。 or ། ) also matches this. */
  unlessClause: pattern.optional(),
  /** The hit is ignored when its sentence (up to 。；！？ or ། ) also matches this. */
  unlessSentence: pattern.optional(),
  /** The pattern applies only when its sentence also matches this (the topic, e.g. a tent). */
  onlyIfSentence: pattern.optional(),
});

/** One safety rule: its wording in both languages and the phrasings the content linter refuses. */
export const safetyRuleSchema = z.object({
  /** Stable id, lower-case ASCII, e.g. `stove-night`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'id: lower-case ASCII and hyphens'),
  /** Short name of the rule in Chinese, shown in build errors. */
  title: z.string().min(2),
  /** The rule as every page should give it. */
  canonical: z.object({ zh: z.string().min(4), bo: z.string().min(4) }),
  /** Review state of the rule's Tibetan (the canonical wording and any Tibetan quoted in `why`). */
  status: translationStatus,
  /** Where the rule comes from (statute article, public guidance). */
  sources: z.array(source).min(1, 'name at least one source for the rule'),
  contradictions: z.array(contradictionSchema).min(1, 'list at least one phrasing that contradicts the rule'),
  /**
   * Files known to contradict the rule while another change fixes them (e.g. quiz questions being
   * rewritten on their own branch): their hits are warnings, not errors. An entry whose file no
   * longer contradicts the rule is reported, so the list cannot outlive the fix.
   */
  pending: z
    .array(
      z.object({
        /** Path from the project root, e.g. `content/quiz/questions/biz-07.yaml`. */
        file: z.string().regex(/^content\/\S+$/, 'a path from the project root, starting with content/'),
        /** Who fixes it, and where. */
        note: z.string().min(4),
      }),
    )
    .default([]),
});

/** `content/safety/phrasebook.yaml`: one safety message everywhere, enforced by the content linter. */
export const phrasebookSchema = z
  .array(safetyRuleSchema)
  .min(1)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
  });

export type SafetyRule = z.infer<typeof safetyRuleSchema>;
export type Contradiction = z.infer<typeof contradictionSchema>;
