import type { VersionedSchema } from '../storage/versioned-storage.ts';
import { parsePaperCode } from './seeded-random.ts';
import { isAnswer, type Answer } from './scoring.ts';

/**
 * An exam in progress (or just handed in), saved on the device after every answer: a phone that
 * reloads the page, runs out of memory or loses the tab comes back to the same paper, the same
 * answers and the same deadline.
 */
export interface ExamProgress {
  code: string;
  /** Epoch ms; undefined without a time limit. */
  deadline: number | undefined;
  answers: Record<string, Answer>;
  /** Handed in (or the time ran out): the result is on screen. */
  done: boolean;
  timeUp: boolean;
}

export const examStorage = (setId: string): VersionedSchema<ExamProgress | null> => ({
  key: `quiz:exam:${setId}`,
  version: 1,
  validate: (data) => {
    if (data === null) return null;
    if (!data || typeof data !== 'object') return undefined;
    const saved = data as Partial<ExamProgress>;
    const valid =
      typeof saved.code === 'string' &&
      parsePaperCode(saved.code) === saved.code &&
      (saved.deadline === undefined || Number.isFinite(saved.deadline)) &&
      !!saved.answers &&
      typeof saved.answers === 'object' &&
      Object.values(saved.answers).every(isAnswer) &&
      typeof saved.done === 'boolean' &&
      typeof saved.timeUp === 'boolean';
    return valid ? (saved as ExamProgress) : undefined;
  },
  empty: () => null,
});

/** The saved exam to carry on with: only for the paper the URL names (or any, when it names none). */
export function examToResume(saved: ExamProgress | null, urlCode: string | undefined): ExamProgress | null {
  if (!saved) return null;
  return urlCode === undefined || urlCode === saved.code ? saved : null;
}
