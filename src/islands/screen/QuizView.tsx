import type { LanguageOrder } from '../../lib/screen/parse-screen-options.ts';
import type { ScreenQuestion } from '../../lib/screen/screen-data.ts';
import { answerIcon, checkIcon, questionIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import { Bilingual, joined } from './Bilingual.tsx';
import type { ScreenLabels } from './labels.ts';
import { useFitText } from './use-fit-text.ts';

interface Props {
  question: ScreenQuestion;
  order: LanguageOrder;
  revealed: boolean;
  /** Whole seconds left in the countdown. */
  secondsLeft: number;
  labels: ScreenLabels;
}

const LETTERS = 'ABCDEF';

/**
 * A quiz round for an audience without phones: the question and its options with a countdown, then
 * the right answer and why. Wrong options leave the screen at the reveal, to make room for the why.
 */
export function QuizView({ question, order, revealed, secondsLeft, labels }: Props) {
  const box = useFitText<HTMLDivElement>([question, order, revealed]);
  const options = question.options.map((option, i) => ({ option, letter: LETTERS[i] }));
  return (
    <div
      ref={box}
      class={`screen-slide quiz-slide${revealed ? ' is-revealed' : ''}`}
      data-phase={revealed ? 'answer' : 'question'}
    >
      {revealed ? (
        <div class="quiz-head" data-fit="">
          <span class="quiz-answer-label">
            <Icon icon={answerIcon} /> <Bilingual text={labels.answer} order={order} as="span" />
          </span>
        </div>
      ) : (
        <div class="quiz-head" data-fit="">
          <span class="quiz-badge">
            <Icon icon={questionIcon} /> <Bilingual text={labels.quiz} order={order} as="span" />
          </span>
          <span
            class="quiz-countdown"
            role="timer"
            aria-label={joined(labels.countdown, order).replaceAll('{s}', String(secondsLeft))}
          >
            {secondsLeft}
          </span>
        </div>
      )}
      <div class="quiz-prompt">
        <Bilingual text={question.prompt} order={order} class="quiz-prompt-text" />
        {question.multiple && !revealed && (
          <p class="quiz-multiple" data-fit="">
            <Icon icon={checkIcon} /> <Bilingual text={labels.multiple} order={order} as="span" />
          </p>
        )}
      </div>
      <ol class="quiz-options">
        {options
          .filter(({ option }) => !revealed || option.correct)
          .map(({ option, letter }) => (
            <li key={letter} class={revealed ? 'is-correct' : undefined} data-fit="">
              <span class="quiz-letter" aria-hidden="true">
                {letter}
              </span>
              <span class="quiz-option-text">
                <Bilingual text={option} order={order} as="span" />
              </span>
            </li>
          ))}
      </ol>
      {revealed && (
        <div class="quiz-explanation">
          <Bilingual text={question.explanation} order={order} class="quiz-explanation-text" />
        </div>
      )}
    </div>
  );
}
