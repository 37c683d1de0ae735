import { z } from 'astro/zod';
import { audience, bilingualText, slug, source, translationStatus } from './common.ts';

const option = z.object({
  zh: z.string().min(1),
  bo: z.string().min(1),
  /** Whether choosing this option is right. */
  correct: z.boolean().default(false),
});

/**
 * One bilingual question (`content/quiz/questions/<id>.yaml`). Validation beyond shape
 * (one correct answer for single choice, no duplicate options, real sources) is in
 * `src/lib/quiz/validate-question.ts`.
 */
export const quizQuestionSchema = z.object({
  /** `single`: one right option; `multiple`: one or more; `truefalse`: two options. */
  type: z.enum(['single', 'multiple', 'truefalse']),
  prompt: bilingualText,
  options: z.array(option).min(2, 'give at least 2 options'),
  explanation: bilingualText,
  source,
  audiences: z.array(audience).min(1, 'tag at least one 七进 audience'),
  /** 1 easy … 3 hard. */
  difficulty: z.number().int().min(1).max(3),
  status: translationStatus,
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** A quiz set (`content/quiz/sets/<slug>.yaml`): which questions, for whom, and the pass mark. */
export const quizSetSchema = z.object({
  title: z.object({ zh: z.string(), bo: z.string(), status: translationStatus }),
  audience: audience.optional(),
  level: z.enum(['basic', 'advanced']),
  /** Question ids (file names without extension). */
  questions: z.array(slug).min(5, 'a set needs at least 5 questions'),
  /** Questions drawn for an exam. */
  examSize: z.number().int().min(5).default(10),
  /** Share of right answers needed to pass, 0…1. */
  passMark: z.number().min(0).max(1).default(0.8),
});
export type QuizSet = z.infer<typeof quizSetSchema>;
