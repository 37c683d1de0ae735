import { HTML_LANG } from '../../i18n/locales.ts';
import type { LanguageOrder, ScreenOptionProblem } from '../../lib/screen/parse-screen-options.ts';
import { problemMessage } from '../../lib/screen/problem-message.ts';
import { languagesIn } from './Bilingual.tsx';
import { warningIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import type { ScreenLabels } from './labels.ts';

interface Props {
  problems: ScreenOptionProblem[];
  order: LanguageOrder;
  labels: ScreenLabels;
}

/**
 * Tells the crew, in both languages, which URL parameter was wrong and that the default is used.
 * The typed value is inserted as text (Preact escapes it), never as markup.
 */
export function Notes({ problems, order, labels }: Props) {
  return (
    <div class="screen-notes" role="alert">
      {problems.map((problem) => (
        <div key={problem.param} class="screen-note" data-param={problem.param}>
          <Icon icon={warningIcon} class="note-icon" />
          <div>
            {languagesIn(order).map((locale) => (
              <p key={locale} lang={HTML_LANG[locale]} data-fit="">
                {problemMessage(labels.badParam[locale], problem)}
              </p>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
