import { AUDIENCES } from '../../i18n/audiences.ts';
import type { QuizQuestion } from '../../schemas/quiz.ts';
import { stableHash } from '../quiz/seeded-random.ts';
import type { Bilingual } from '../../i18n/locales.ts';
import type { ScreenQuestion } from './screen-data.ts';

/** Easy and medium questions only: a crowd in a market answers in its head within seconds. */
export const SCREEN_MAX_DIFFICULTY = 2;
/** Enough for a day of rounds without repeating too often, few enough to keep the page light. */
export const SCREEN_QUIZ_LIMIT = 24;

/**
 * How much a round puts on screen at once: the question with its options, or the question with the
 * answer and why, whichever is longer. A Han character is about as wide as three or four Tibetan code
 * points, hence the weight.
 */
export function screenTextLength(question: ScreenQuestion): number {
  const size = (text: Bilingual) => text.bo.length + 3 * text.zh.length;
  const sum = (texts: Bilingual[]) => texts.reduce((total, text) => total + size(text), 0);
  const asked = size(question.prompt) + sum(question.options);
  const answered =
    size(question.prompt) + sum(question.options.filter((option) => option.correct)) + size(question.explanation);
  return Math.max(asked, answered);
}

/**
 * The questions for a playlist's quiz rounds. A playlist named after a 七进 audience gets that
 * audience's questions; any other playlist (general, winter-heating, …) gets questions for anyone.
 * The shortest ones, because they are read from metres away in a few seconds; mixed, so rounds do not
 * come in runs of one topic, but the same on every build.
 */
export function pickQuizQuestions(
  entries: readonly { id: string; data: QuizQuestion }[],
  playlist: string,
  trueFalse: { true: Bilingual; false: Bilingual },
  limit = SCREEN_QUIZ_LIMIT,
): ScreenQuestion[] {
  const audience = (AUDIENCES as readonly string[]).includes(playlist) ? playlist : undefined;
  return entries
    .filter(({ data }) => data.difficulty <= SCREEN_MAX_DIFFICULTY)
    .filter(({ data }) => !audience || (data.audiences as readonly string[]).includes(audience))
    .map(({ id, data }) => toScreen(id, data, trueFalse))
    .map((question) => ({ question, length: screenTextLength(question) }))
    .sort((a, b) => a.length - b.length || a.question.id.localeCompare(b.question.id))
    .slice(0, limit)
    .map(({ question }) => ({ question, key: stableHash(`${playlist}/${question.id}`) }))
    .sort((a, b) => a.key - b.key || a.question.id.localeCompare(b.question.id))
    .map(({ question }) => question);
}

const toScreen = (
  id: string,
  data: QuizQuestion,
  trueFalse: { true: Bilingual; false: Bilingual },
): ScreenQuestion => ({
  id,
  prompt: { zh: data.prompt.zh, bo: data.prompt.bo },
  options:
    data.type === 'truefalse'
      ? [
          { ...trueFalse.true, correct: data.answer },
          { ...trueFalse.false, correct: !data.answer },
        ]
      : data.options.map(({ zh, bo, correct }) => ({ zh, bo, correct })),
  multiple: data.type === 'multiple',
  explanation: { zh: data.explanation.zh, bo: data.explanation.bo },
  draft: data.status === 'draft',
});
