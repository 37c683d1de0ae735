/** What a reader answered: an option index, several, or true/false. */
export type Answer =
  { kind: 'single'; option: number } | { kind: 'multiple'; options: number[] } | { kind: 'truefalse'; value: boolean };

/** What the scorer needs of a question. */
export type Key =
  { type: 'single' | 'multiple'; options: { correct: boolean }[] } | { type: 'truefalse'; answer: boolean };

/** Right only when it matches exactly: for multiple choice, every right option and no wrong one. */
export function isCorrect(key: Key, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (key.type === 'truefalse') return answer.kind === 'truefalse' && answer.value === key.answer;
  const right = key.options.flatMap((option, i) => (option.correct ? [i] : []));
  if (key.type === 'single') return answer.kind === 'single' && right.length === 1 && answer.option === right[0];
  if (answer.kind !== 'multiple') return false;
  const chosen = [...new Set(answer.options)].sort((a, b) => a - b);
  return chosen.length === right.length && chosen.every((option, i) => option === right[i]);
}

export interface Score {
  right: number;
  total: number;
  /** 0…100, rounded down so a pass is never overstated. */
  percent: number;
  passed: boolean;
}

export function scorePaper(results: readonly boolean[], passMark: number): Score {
  const right = results.filter(Boolean).length;
  const total = results.length;
  const percent = total ? Math.floor((right / total) * 100) : 0;
  return { right, total, percent, passed: total > 0 && right / total >= passMark };
}

/** A saved answer of the right shape (read back from storage). */
export const isAnswer = (value: unknown): value is Answer => {
  if (!value || typeof value !== 'object') return false;
  const answer = value as Record<string, unknown>;
  if (answer['kind'] === 'single') return Number.isInteger(answer['option']);
  if (answer['kind'] === 'multiple')
    return Array.isArray(answer['options']) && answer['options'].every(Number.isInteger);
  if (answer['kind'] === 'truefalse') return typeof answer['value'] === 'boolean';
  return false;
};
