import { HTML_LANG } from '../../i18n/locales.ts';
import { tickIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import type { ClassroomLabels, QuizItem } from './types.ts';

interface Props {
  item: QuizItem;
  lang: 'zh' | 'bo';
  both: boolean;
  revealed: boolean;
  labels: ClassroomLabels;
}

const LETTERS = 'ABCDEF';

/** The question as the room sees it: large, in one or both languages, with the answer once revealed. */
export default function ProjectedQuestion({ item, lang, both, revealed, labels }: Props) {
  const langs = both ? (lang === 'bo' ? (['bo', 'zh'] as const) : (['zh', 'bo'] as const)) : ([lang] as const);
  const options =
    item.type === 'truefalse'
      ? [
          { zh: labels.true, bo: labels.true, correct: item.answer === true },
          { zh: labels.false, bo: labels.false, correct: item.answer === false },
        ]
      : item.options;
  return (
    <section class={`projected${revealed ? ' revealed' : ''}`} aria-live="polite">
      {langs.map((l) => (
        <p key={l} class="projected-prompt" lang={HTML_LANG[l]}>
          {item.prompt[l]}
        </p>
      ))}
      <ol class="projected-options">
        {options.map((option, i) => (
          <li key={i} class={revealed ? (option.correct ? 'is-right' : 'is-dim') : ''}>
            <span class="letter">
              {revealed && option.correct ? <Icon icon={tickIcon} label={labels.theAnswer} /> : LETTERS[i]}
            </span>
            <span class="option-text">
              {item.type === 'truefalse' ? (
                <span>{option[lang]}</span>
              ) : (
                langs.map((l) => (
                  <span key={l} lang={HTML_LANG[l]}>
                    {option[l]}
                  </span>
                ))
              )}
            </span>
          </li>
        ))}
      </ol>
      {revealed && (
        <div class="projected-explanation">
          {langs.map((l) => (
            <p key={l} lang={HTML_LANG[l]}>
              <strong>{labels.explanation}</strong> {item.explanation[l]}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
