import { z } from 'astro/zod';
import { audience, slug, source, translationStatus } from './common.ts';

/** Text in both languages; the question's own `status` covers the Tibetan. */
const bilingual = z.object({
  zh: z.string().min(1, 'write the Chinese text'),
  bo: z.string().min(1, 'write the Tibetan text'),
});

const option = bilingual.extend({
  /** Whether choosing this option is right. */
  correct: z.boolean().default(false),
});

const common = {
  prompt: bilingual,
  /** Why the answer is right, in one or two sentences; shown after answering. */
  explanation: bilingual,
  /** The law article or guide the answer comes from (a link is shown with the explanation). */
  source,
  audiences: z.array(audience).min(1, 'tag at least one 七进 audience'),
  /**
   * The facts the question tests, as ids (`never-go-back-inside`). Two questions with a fact in common
   * teach the same thing: a set holds only one of them (`npm run make:quiz-sets` skips the later one,
   * and a unit test over the bank checks every set).
   */
  covers: z.array(slug).default([]),
  /** 1 easy … 3 hard. */
  difficulty: z.number().int().min(1).max(3),
  status: translationStatus,
};

/**
 * One bilingual question (`content/quiz/questions/<id>.yaml`). Rules beyond shape (one right option
 * for single choice, no duplicate options) are checked by `src/lib/quiz/validate-question.ts`.
 */
export const quizQuestionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), options: z.array(option).min(2).max(6), ...common }),
  z.object({ type: z.literal('multiple'), options: z.array(option).min(3).max(6), ...common }),
  z.object({
    type: z.literal('truefalse'),
    /** Whether the statement in `prompt` is true. */ answer: z.boolean(),
    ...common,
  }),
]);
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** A quiz set (`content/quiz/sets/<slug>.yaml`): which questions, for whom, and the pass mark. */
export const quizSetSchema = z.object({
  title: z.object({ zh: z.string(), bo: z.string(), status: translationStatus }),
  /** The 七进 audience the set is for; none for general sets. */
  audience: audience.optional(),
  level: z.enum(['basic', 'advanced']),
  /** Question ids (file names without .yaml), in the order practice shows them. */
  questions: z.array(slug).min(5, 'a set needs at least 5 questions'),
  /** Questions drawn for an exam. */
  examSize: z.number().int().min(5).default(10),
  /** Share of right answers needed to pass, 0…1. */
  passMark: z.number().min(0).max(1).default(0.8),
  /** Minutes for an exam; 0 for no limit. */
  examMinutes: z.number().int().min(0).default(0),
});
export type QuizSet = z.infer<typeof quizSetSchema>;
