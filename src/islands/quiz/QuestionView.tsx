import { formatMessage } from '@/i18n/format-message.ts';
import { formatFor } from '../../lib/format/index.ts';
import type { Answer } from '../../lib/quiz/scoring.ts';
import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import { crossIcon, tickIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import { type QuizItem, type QuizLabels } from './types.ts';

interface Props {
  item: QuizItem;
  lang: Locale;
  labels: QuizLabels;
  /** Display order of the options (indexes into item.options). */
  order?: number[];
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** After checking: options are locked and marked right or wrong, in words as well as colour. */
  checked: boolean;
  number: number;
}

/** One question with its options as radio buttons or checkboxes, and the verdict once checked. */
export default function QuestionView({ item, lang, labels, order, answer, onAnswer, checked, number }: Props) {
  const name = `q-${item.id}`;
  const indexes = order ?? item.options.map((_, i) => i);
  const chosen = (i: number) =>
    answer?.kind === 'single' ? answer.option === i : answer?.kind === 'multiple' ? answer.options.includes(i) : false;
  const toggle = (i: number) => {
    const current = answer?.kind === 'multiple' ? answer.options : [];
    onAnswer({ kind: 'multiple', options: current.includes(i) ? current.filter((o) => o !== i) : [...current, i] });
  };
  // After checking, the right option and a wrong pick carry a mark with its meaning as its name.
  const mark = (right: boolean, picked: boolean) =>
    checked && (right || picked) ? (
      <>
        <Icon icon={right ? tickIcon : crossIcon} label={right ? labels.theAnswer : labels.wrong} />{' '}
      </>
    ) : null;

  return (
    <fieldset class="question" lang={HTML_LANG[lang]} data-question={item.id}>
      <legend>
        <span class="number">{formatMessage(labels.question, { n: number }, formatFor(lang).count)}</span>{' '}
        {item.prompt[lang]}
      </legend>
      <p class="hint">{item.type === 'multiple' ? labels.chooseAll : labels.chooseOne}</p>
      {item.type === 'truefalse' ? (
        <ul class="options">
          {[true, false].map((value) => {
            const picked = answer?.kind === 'truefalse' && answer.value === value;
            const right = item.answer === value;
            return (
              <li key={String(value)} class={checked ? (right ? 'is-right' : picked ? 'is-wrong' : '') : ''}>
                <label>
                  <input
                    type="radio"
                    name={name}
                    checked={picked}
                    disabled={checked}
                    onChange={() => onAnswer({ kind: 'truefalse', value })}
                  />
                  <span>
                    {mark(right, picked)}
                    {value ? labels.true : labels.false}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : (
        <ul class="options">
          {indexes.map((i) => {
            const option = item.options[i]!;
            const picked = chosen(i);
            return (
              <li key={i} class={checked ? (option.correct ? 'is-right' : picked ? 'is-wrong' : '') : ''}>
                <label>
                  <input
                    type={item.type === 'multiple' ? 'checkbox' : 'radio'}
                    name={name}
                    checked={picked}
                    disabled={checked}
                    onChange={() => (item.type === 'multiple' ? toggle(i) : onAnswer({ kind: 'single', option: i }))}
                  />
                  <span>
                    {mark(option.correct, picked)}
                    {option[lang]}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

/** The explanation and its source, shown after an answer is checked. */
export function Explanation({
  item,
  lang,
  labels,
  correct,
}: {
  item: QuizItem;
  lang: Locale;
  labels: QuizLabels;
  correct: boolean | undefined;
}) {
  return (
    <div
      class={`feedback ${correct === undefined ? '' : correct ? 'is-right' : 'is-wrong'}`}
      role="status"
      lang={HTML_LANG[lang]}
    >
      {correct !== undefined && (
        <p class="verdict">
          <Icon icon={correct ? tickIcon : crossIcon} /> {correct ? labels.right : labels.wrong}
        </p>
      )}
      <p>
        <strong>{labels.explanation}</strong> {item.explanation[lang]}
      </p>
      <p class="source">
        {labels.source} <a href={item.source.href}>{item.source.label}</a>
      </p>
    </div>
  );
}
