import { screenTextLength } from './pick-quiz-questions.ts';
import type { ScreenQuestion } from './screen-data.ts';

/** On a portrait screen a round keeps to the shortest questions: long ones would have to shrink below legibility. */
export const PORTRAIT_QUESTIONS = 6;

/**
 * The quiz rounds this screen can show legibly. A landscape screen (LED panel, TV) takes them all; a
 * portrait one, being narrow, takes only the few shortest, in their original order.
 */
export function questionsForScreen(
  questions: readonly ScreenQuestion[],
  width: number,
  height: number,
): ScreenQuestion[] {
  if (height <= width) return [...questions];
  const shortest = new Set(
    [...questions].sort((a, b) => screenTextLength(a) - screenTextLength(b)).slice(0, PORTRAIT_QUESTIONS),
  );
  return questions.filter((question) => shortest.has(question));
}
