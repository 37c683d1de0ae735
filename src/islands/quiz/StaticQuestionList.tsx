import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import { type QuizItem, type QuizLabels } from './types.ts';
import { phrasesFor } from '../../lib/format/phrases.ts';

/**
 * What the page shows before (or without) JavaScript: every question, its options, and the answer
 * with its explanation behind a disclosure, so a quiz can still be read, printed and used on paper.
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
    <ol class="static-questions" lang={HTML_LANG[lang]}>
      {items.map((item) => (
        <li key={item.id} id={item.id}>
          <p class="prompt">{item.prompt[lang]}</p>
          {item.type === 'truefalse' ? (
            <p>
              {labels.true} / {labels.false}
            </p>
          ) : (
            <ol class="static-options" type="A">
              {item.options.map((option, i) => (
                <li key={i}>{option[lang]}</li>
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
              {item.explanation[lang]} <a href={item.source.href}>{item.source.label}</a>
            </p>
          </details>
        </li>
      ))}
    </ol>
  );
}
