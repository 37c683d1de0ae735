import type { VersionedSchema } from '../storage/versioned-storage.ts';
import { isAnswer, isCorrect, type Answer, type Key } from './scoring.ts';

/** A reader's practice of one set, saved on the device so a reload continues where they were. */
export interface PracticeProgress {
  /** Index of the question on screen. */
  index: number;
  /** What was answered, by question id, and whether it was right. */
  answers: Record<string, { answer: Answer; correct: boolean }>;
  /** Question ids answered wrongly and not yet answered right since (错题本). */
  wrong: string[];
  /** Practising only these (再练错题), so a reload stays in that mode; absent: the whole set. */
  review?: string[];
}

export const practiceStorage = (setId: string): VersionedSchema<PracticeProgress> => ({
  key: `quiz:practice:${setId}`,
  version: 1,
  validate: (data) => {
    if (!data || typeof data !== 'object') return undefined;
    const { index, answers, wrong } = data as Partial<PracticeProgress>;
    if (!Number.isInteger(index) || index! < 0) return undefined;
    if (!answers || typeof answers !== 'object') return undefined;
    if (!Object.values(answers).every((a) => a && isAnswer(a.answer) && typeof a.correct === 'boolean'))
      return undefined;
    const ids = (list: unknown) => Array.isArray(list) && list.every((id) => typeof id === 'string');
    if (!ids(wrong)) return undefined;
    const { review } = data as Partial<PracticeProgress>;
    if (review !== undefined && !ids(review)) return undefined;
    return { index: index!, answers, wrong: wrong!, ...(review ? { review } : {}) };
  },
  empty: () => ({ index: 0, answers: {}, wrong: [] }),
});

/** Records an answer; a wrong one goes into the review list, a right one takes it out. */
export function recordAnswer(
  progress: PracticeProgress,
  id: string,
  answer: Answer,
  correct: boolean,
): PracticeProgress {
  const wrong = correct
    ? progress.wrong.filter((w) => w !== id)
    : progress.wrong.includes(id)
      ? progress.wrong
      : [...progress.wrong, id];
  return { ...progress, answers: { ...progress.answers, [id]: { answer, correct } }, wrong };
}

/** Moves to a question, kept within the set (the set may have shrunk since the progress was saved). */
export function goTo(progress: PracticeProgress, index: number, count: number): PracticeProgress {
  return { ...progress, index: Math.max(0, Math.min(index, count)) };
}

/** Starts the review list again (再练错题): forget the answers to the wrong questions, practise only them. */
export function restartWith(progress: PracticeProgress, ids: readonly string[]): PracticeProgress {
  const answers = { ...progress.answers };
  for (const id of ids) delete answers[id];
  return { ...progress, index: 0, answers, review: [...ids] };
}

/** Back to the whole set, from the start, keeping the 错题本. */
export function practiseAll(progress: PracticeProgress): PracticeProgress {
  const { review: _, ...rest } = progress;
  return { ...rest, index: 0 };
}

/** Whether a stored answer can be an answer to this question: its kind, and options that exist. */
export function fitsQuestion(key: Key, answer: Answer): boolean {
  if (key.type === 'truefalse') return answer.kind === 'truefalse';
  const inRange = (option: number) => Number.isInteger(option) && option >= 0 && option < key.options.length;
  if (key.type === 'single') return answer.kind === 'single' && inRange(answer.option);
  return (
    answer.kind === 'multiple' &&
    answer.options.length > 0 &&
    answer.options.every(inRange) &&
    new Set(answer.options).size === answer.options.length
  );
}

/**
 * Saved progress checked against the questions as they are now. The stored "right" flag is never
 * trusted: it is scored again. An answer that cannot belong to its question (option 99 of four, a
 * true/false answer to a choice) is dropped, and `dropped` says how many, so the page can tell the
 * reader. Answers to questions no longer in the set are kept: the set may get them back.
 */
export function checkProgress(
  progress: PracticeProgress,
  keys: Readonly<Record<string, Key>>,
): { progress: PracticeProgress; dropped: number } {
  const answers: PracticeProgress['answers'] = {};
  let dropped = 0;
  for (const [id, saved] of Object.entries(progress.answers)) {
    const key = keys[id];
    if (!key) answers[id] = saved;
    else if (fitsQuestion(key, saved.answer))
      answers[id] = { answer: saved.answer, correct: isCorrect(key, saved.answer) };
    else dropped++;
  }
  const wrong = [...new Set(progress.wrong)].filter((id) => !answers[id]?.correct || !keys[id]);
  for (const [id, saved] of Object.entries(answers))
    if (keys[id] && !saved.correct && !wrong.includes(id)) wrong.push(id);
  return { progress: { ...progress, answers, wrong }, dropped };
}
