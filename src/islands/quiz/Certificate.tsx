import { formatMessage } from '@/i18n/format-message.ts';
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

/** The printable certificate. The name is typed on this device and only ever printed, never sent. */
export default function Certificate({ lang, labels, name, setTitle, score, code }: Props) {
  const date = new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: 'long' }).format(new Date());
  return (
    <div class="certificate" lang={HTML_LANG[lang]} data-testid="certificate">
      <p class="certificate-title">{labels.certificateTitle}</p>
      <p class="certificate-name">{name || '________________'}</p>
      <p>{formatMessage(labels.certificateBody, { set: setTitle, score: `${score.right} / ${score.total}` })}</p>
      <p class="certificate-meta">
        {labels.date} {date} · {labels.paperCode} {code}
      </p>
    </div>
  );
}
