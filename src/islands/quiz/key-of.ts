import type { Key } from '../../lib/quiz/scoring.ts';
import type { QuizItem } from './types.ts';

/** The answer key of a quiz item, for the scorer. */
export const keyOf = (item: QuizItem): Key =>
  item.type === 'truefalse'
    ? { type: 'truefalse', answer: item.answer ?? false }
    : { type: item.type, options: item.options };
