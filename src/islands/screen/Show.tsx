import type { Bilingual } from '../../i18n/locales.ts';
import { useEffect, useReducer, useState } from 'preact/hooks';
import { formatClock } from '../../lib/screen/format-clock.ts';
import { itemTiming, QUIZ_EVERY } from '../../lib/screen/item-timing.ts';
import type { ScreenOptionProblem, ScreenOptions } from '../../lib/screen/parse-screen-options.ts';
import type { PresenterCommand } from '../../lib/presenter/presenter-keys.ts';
import type { ScreenQuestion, ScreenSlide } from '../../lib/screen/screen-data.ts';
import { sequenceItem } from '../../lib/screen/sequence-item.ts';
import { initialPlayer, stepPlayer, type PlayerAction, type PlayerState } from '../../lib/screen/step-player.ts';
import { joined } from './Bilingual.tsx';
import { Controls } from './Controls.tsx';
import type { ScreenLabels } from './labels.ts';
import { Notes } from './Notes.tsx';
import { QuizView } from './QuizView.tsx';
import { ScreenBar } from './ScreenBar.tsx';
import { SlideView } from './SlideView.tsx';
import { useIdle } from './use-idle.ts';
import { usePresenterKeys } from '../presenter/use-presenter-keys.ts';
import { useWakeLock } from './use-wake-lock.ts';

export interface ShowProps {
  title: Bilingual;
  slides: ScreenSlide[];
  questions: ScreenQuestion[];
  labels: ScreenLabels;
  options: ScreenOptions;
  problems: ScreenOptionProblem[];
  /** False while server-rendering (the first slide, standing still); true once the page runs. */
  running: boolean;
  listHref: string;
  /** The public address (SITE_URL at build time), if any: QR codes use it only on a loopback screen. */
  siteUrl: string | undefined;
}

/** Often enough for a smooth progress bar and an on-time clock; cheap for an all-day loop. */
const TICK_MS = 250;
/** The note about a bad URL parameter stays this long (or until a key is pressed), then the show has the screen. */
const NOTE_MS = 60_000;

const toggleFullscreen = () => {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  // Not available everywhere (iPhone Safari); the show then runs in the window.
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
};

/** The running show: the loop of slides and quiz rounds, its timer, keys, wake lock and bar. */
export function Show({ title, slides, questions, labels, options, problems, running, listHref, siteUrl }: ShowProps) {
  const shape = { slides: slides.length, questions: questions.length, quizEvery: QUIZ_EVERY };
  const timingAt = (position: number) => itemTiming(sequenceItem(position, shape), slides, options.interval);
  const [state, dispatch] = useReducer<PlayerState, PlayerAction>(
    (current, action) => stepPlayer(current, action, timingAt),
    initialPlayer(),
  );
  const [now, setNow] = useState<Date | undefined>(undefined);
  const [notesShown, setNotesShown] = useState(true);
  const idle = useIdle(running);
  useWakeLock(running);

  useEffect(() => {
    if (!running) return;
    let last = Date.now();
    setNow(new Date(last));
    const timer = window.setInterval(() => {
      const time = Date.now();
      dispatch({ type: 'tick', ms: time - last });
      last = time;
      setNow(new Date(time));
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [running]);

  useEffect(() => {
    if (!running || problems.length === 0) return;
    const timer = window.setTimeout(() => setNotesShown(false), NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [running, problems.length]);

  // The player's share of the presenter key map; F5 (a remote's "start show") goes full screen.
  const command = (name: PresenterCommand): boolean => {
    if (name === 'fullscreen' || name === 'start') toggleFullscreen();
    else if (name === 'next' || name === 'previous' || name === 'toggle-pause' || name === 'toggle-blank')
      dispatch({ type: name });
    else return false;
    setNotesShown(false);
    return true;
  };
  usePresenterKeys(running, command);
  // Set after the effects above have bound the keys: `data-running` then means "ready for the remote".
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(running), [running]);

  const item = sequenceItem(state.position, shape);
  const { durationMs, revealAtMs } = timingAt(state.position);
  const revealed = revealAtMs !== undefined && state.elapsedMs >= revealAtMs;
  const secondsLeft = revealAtMs === undefined ? 0 : Math.ceil((revealAtMs - state.elapsedMs) / 1000);
  const draft = item.kind === 'slide' ? slides[item.index]!.draft : questions[item.index]!.draft;
  const classes = ['screen-player', idle && 'is-idle', state.blank && 'is-blank', state.paused && 'is-paused']
    .filter(Boolean)
    .join(' ');

  return (
    // The page's <main>: on /screen/ the list of playlists (the other <main>) is hidden while it plays.
    <main class={classes} data-position={state.position} data-item={item.kind} data-running={ready ? '' : undefined}>
      {notesShown && problems.length > 0 && <Notes problems={problems} order={options.order} labels={labels} />}
      <section class="screen-stage" aria-label={joined(title, options.order)}>
        {item.kind === 'slide' ? (
          <SlideView
            key={state.position}
            slide={slides[item.index]!}
            order={options.order}
            showQr={options.qr}
            labels={labels}
            siteUrl={siteUrl}
          />
        ) : (
          <QuizView
            key={state.position}
            question={questions[item.index]!}
            order={options.order}
            revealed={revealed}
            secondsLeft={secondsLeft}
            labels={labels}
          />
        )}
        {running && (
          <Controls
            order={options.order}
            labels={labels}
            paused={state.paused}
            onCommand={command}
            listHref={listHref}
          />
        )}
      </section>
      <ScreenBar
        order={options.order}
        labels={labels}
        progress={running ? Math.min(1, state.elapsedMs / durationMs) : 0}
        count={item.kind === 'slide' ? `${item.index + 1} / ${slides.length}` : undefined}
        clock={now && formatClock(now)}
        paused={state.paused}
        draft={draft}
      />
      {state.blank && <div class="screen-blank" aria-hidden="true" />}
    </main>
  );
}
