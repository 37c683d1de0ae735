import { formatMessage } from '@/i18n/format-message.ts';
import { formatFor } from '../../lib/format/index.ts';
import type { Score } from '../../lib/quiz/scoring.ts';
import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import { type QuizLabels } from './types.ts';

interface Props {
  lang: Locale;
  labels: QuizLabels;
  name: string;
  setTitle: string;
  score: Score;
  code: string;
}

/**
 * The printable certificate: one A4 page in either language (quiz.css). The name is typed on this
 * device and only ever printed, never sent. Dates and numbers are written in the page's language;
 * labels sit on their own line above their value, so no ":" or "·" meets Tibetan words.
 */
export default function Certificate({ lang, labels, name, setTitle, score, code }: Props) {
  const format = formatFor(lang);
  const scoreText = `${format.number(score.right)} / ${format.number(score.total)}`;
  return (
    <div class="certificate" lang={HTML_LANG[lang]} data-testid="certificate">
      <p class="certificate-title">{labels.certificateTitle}</p>
      <p class="certificate-name">{name || '\u2003'}</p>
      <p class="certificate-body">{formatMessage(labels.certificateBody, { set: setTitle, score: scoreText })}</p>
      <dl class="certificate-meta">
        <div>
          <dt>{labels.date}</dt>
          <dd>{format.date(new Date())}</dd>
        </div>
        <div>
          <dt>{labels.paperCode}</dt>
          <dd>{code}</dd>
        </div>
      </dl>
    </div>
  );
}
