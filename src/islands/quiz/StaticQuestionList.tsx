import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import { STATIC_QUESTIONS } from '../../lib/quiz/static-questions.ts';
import { type QuizItem, type QuizLabels } from './types.ts';
import { phrasesFor } from '../../lib/format/phrases.ts';

/**
 * What the page shows before (or without) JavaScript: every question, its options, and the answer
 * with its explanation behind a disclosure, so a quiz can still be read, printed and used on paper.
 * Rendered by the page, outside the island: the quiz island reads its questions back from this list
 * (`readStaticQuestions`), so the page carries them once.
 */
export default function StaticQuestionList({
  items,
  lang,
  labels,
}: {
  items: QuizItem[];
  lang: Locale;
  labels: QuizLabels;
}) {
  return (
    <ol class="static-questions" lang={HTML_LANG[lang]} {...{ [STATIC_QUESTIONS.list]: '' }}>
      {items.map((item) => (
        <li
          key={item.id}
          id={item.id}
          {...{ [STATIC_QUESTIONS.type]: item.type }}
          {...(item.type === 'truefalse' ? { [STATIC_QUESTIONS.answer]: String(item.answer === true) } : {})}
        >
          <p class={STATIC_QUESTIONS.prompt}>{item.prompt[lang]}</p>
          {item.type === 'truefalse' ? (
            <p>
              {labels.true} / {labels.false}
            </p>
          ) : (
            <ol class={STATIC_QUESTIONS.options} type="A">
              {item.options.map((option, i) => (
                <li key={i} {...(option.correct ? { [STATIC_QUESTIONS.correct]: '' } : {})}>
                  {option[lang]}
                </li>
              ))}
            </ol>
          )}
          <details>
            <summary>{labels.theAnswer}</summary>
            <p>
              {item.type === 'truefalse'
                ? item.answer
                  ? labels.true
                  : labels.false
                : phrasesFor(lang).join(item.options.filter((o) => o.correct).map((o) => o[lang]))}
            </p>
            <p>
              <span class={STATIC_QUESTIONS.explanation}>{item.explanation[lang]}</span>{' '}
              <a href={item.source.href}>{item.source.label}</a>
            </p>
          </details>
        </li>
      ))}
    </ol>
  );
}
