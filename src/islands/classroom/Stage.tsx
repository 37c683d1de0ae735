import { formatMessage } from '../../i18n/format-message.ts';
import { formatFor } from '../../lib/format/index.ts';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Competition } from '../../lib/quiz/classroom.ts';
import type { TimerPhase } from '../../lib/quiz/classroom-timer.ts';
import { overflowing, useFitText } from '../screen/use-fit-text.ts';
import ProjectedQuestion from './ProjectedQuestion.tsx';
import Scoreboard from './Scoreboard.tsx';
import { menuIcon, tickIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import type { ClassroomLabels, QuizItem } from './types.ts';

interface Props {
  competition: Competition;
  item: QuizItem;
  total: number;
  lang: 'zh' | 'bo';
  both: boolean;
  judged: boolean;
  timer: { phase: TimerPhase; left: number };
  labels: ClassroomLabels;
  onPick: (team: number) => void;
  onMenu: () => void;
}

/** The explanation scrolls in its own box rather than push the options off: it counts as overflow too. */
const overflows = (box: HTMLElement) => {
  const explanation = box.querySelector<HTMLElement>('.projected-explanation');
  return overflowing(box) || (!!explanation && explanation.scrollHeight > explanation.clientHeight + 1);
};

/**
 * One screen for the room, no scrolling: the round and the timer on top, the question in the
 * middle (its text scaled to fit, never below the sizes the back row can read), the scores below.
 */
export default function Stage({ competition, item, total, lang, both, judged, timer, labels, onPick, onMenu }: Props) {
  // Both languages are asked for, but at the smallest readable sizes they do not fit (a portrait
  // screen, a long explanation): the room then reads the page's language alone, large, for this question.
  const [squeezed, setSqueezed] = useState(false);
  useEffect(() => setSqueezed(false), [item.id, both]);
  const shown = both && !squeezed;
  const box = useFitText<HTMLDivElement>([item.id, shown, competition.revealed], { min: 0, overflows });
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || !shown) return;
    const check = () => {
      if (element.style.getPropertyValue('--fit') === '0' && overflows(element)) setSqueezed(true);
    };
    check();
    void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(check)));
  }, [item.id, shown, competition.revealed]);
  const { count } = formatFor(lang);
  return (
    <div class="stage" data-round={competition.round} data-timer={timer.phase}>
      <div class="stage-bar">
        <span class="stage-round">{labels[competition.round]}</span>
        <span class="stage-number">
          {formatMessage(labels.question, { n: competition.question + 1 }, count)} / {count(total)}
        </span>
        {competition.round === 'risk' && (
          <span class="stage-wager">
            {labels.wager} <strong>{count(competition.wager)}</strong>
          </span>
        )}
        {judged && (
          <span class="stage-judged">
            <Icon icon={tickIcon} /> {labels.judged}
          </span>
        )}
        <p class="timer" role="timer" aria-live={timer.phase === 'up' ? 'assertive' : 'off'}>
          {timer.phase === 'up' ? (
            <strong data-testid="timer">{labels.timeUp}</strong>
          ) : (
            <>
              {labels.timer} <strong data-testid="timer">{count(timer.left)}</strong>
            </>
          )}
        </p>
        <button type="button" class="button stage-menu-button" onClick={onMenu}>
          <Icon icon={menuIcon} /> {labels.menu}
        </button>
      </div>
      <div class="stage-question" ref={box}>
        <ProjectedQuestion item={item} lang={lang} both={shown} revealed={competition.revealed} labels={labels} />
      </div>
      <Scoreboard competition={competition} lang={lang} labels={labels} onPick={onPick} />
    </div>
  );
}
