import { useEffect, useState } from 'preact/hooks';
import { competitionReducer, isJudged, startCompetition, type Action } from '../../lib/quiz/classroom.ts';
import { defaultMenuIndex, menuItems, type MenuItem } from '../../lib/quiz/classroom-menu.ts';
import { toggleTimer } from '../../lib/quiz/classroom-timer.ts';
import { teamOf, type PresenterCommand } from '../../lib/presenter/presenter-keys.ts';
import { usePresenterKeys } from '../presenter/use-presenter-keys.ts';
import ClassroomSetup from './ClassroomSetup.tsx';
import HostMenu from './HostMenu.tsx';
import Results from './Results.tsx';
import Stage from './Stage.tsx';
import type { ClassroomLabels, ClassroomSet } from './types.ts';
import { useCountdown } from './use-countdown.ts';
import { useSavedCompetition } from './use-saved-competition.ts';
import { useSetQuestions } from './use-set-questions.ts';

interface Props {
  lang: 'zh' | 'bo';
  sets: ClassroomSet[];
  labels: ClassroomLabels;
}

const toggleFullscreen = () => {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
};

/**
 * A 知识竞赛 for one projector and no student devices: the host (or a presenter remote) drives it,
 * everyone reads it from the back of the room. The rules live in lib/quiz/classroom.ts, the timer
 * in classroom-timer.ts, the keys in lib/presenter/presenter-keys.ts; this wires them to the views.
 */
export default function Classroom({ lang, sets, labels }: Props) {
  const { saved, ready, problem, clearProblem, save, update, latest } = useSavedCompetition();
  const [menu, setMenu] = useState<number>();
  const [blank, setBlank] = useState(false);
  const set = saved ? sets.find((s) => s.id === saved.setId) : undefined;
  const questions = useSetQuestions(set?.questionsUrl);
  const competition = saved?.competition;
  const total = set?.count ?? 0;
  const countdown = useCountdown(saved?.timer, competition?.question ?? 0, saved?.seconds ?? 30, !!saved?.sound);

  // On stage the page is the game: no site header, footer or page title (see classroom.css).
  const staged = !!(saved && set);
  useEffect(() => {
    document.documentElement.classList.toggle('on-stage', staged);
    return () => document.documentElement.classList.remove('on-stage');
  }, [staged]);

  const dispatch = (action: Action) =>
    update((current) => ({ ...current, competition: competitionReducer(current.competition, action) }));
  const forward = () =>
    update((current) => {
      const c = current.competition;
      if (!c.revealed) return { ...current, competition: competitionReducer(c, { type: 'reveal' }) };
      const action: Action = c.question + 1 >= total ? { type: 'finish', finished: true } : { type: 'next' };
      return { ...current, competition: competitionReducer(c, action) };
    });
  const timer = () =>
    update((current) => ({
      ...current,
      timer: toggleTimer(current.timer, current.competition.question, current.seconds, Date.now()),
    }));

  const choose = (item: MenuItem) => {
    setMenu(undefined);
    if (item.kind === 'right' || item.kind === 'wrong') dispatch({ type: 'judge', correct: item.kind === 'right' });
    else if (item.kind === 'team') dispatch({ type: 'pickTeam', team: item.team });
    else if (item.kind === 'round') dispatch({ type: 'round', round: item.round });
    else if (item.kind === 'wager') dispatch({ type: 'wager', points: item.points });
    else if (item.kind === 'timer') timer();
    else if (item.kind === 'undo') dispatch({ type: 'undo' });
    else if (item.kind === 'languages') update((c) => ({ ...c, bothLanguages: !c.bothLanguages }));
    else if (item.kind === 'sound') update((c) => ({ ...c, sound: !c.sound }));
    else dispatch({ type: 'finish', finished: true });
  };
  const openMenu = () => {
    const c = latest.current?.competition;
    if (c) setMenu(defaultMenuIndex(menuItems(c), c));
  };

  const onCommand = (command: PresenterCommand): boolean => {
    const current = latest.current;
    if (!current) return false;
    const c = current.competition;
    if (blank) {
      // Any key of the remote brings the picture back; nothing else happens on that press.
      setBlank(false);
      return true;
    }
    if (menu !== undefined) {
      const items = menuItems(c);
      if (command === 'next') setMenu((menu + 1) % items.length);
      else if (command === 'previous') setMenu((menu - 1 + items.length) % items.length);
      else if (command === 'toggle-blank' || command === 'right') choose(items[menu]!);
      else if (command === 'stop' || command === 'start') setMenu(undefined);
      else return false;
      return true;
    }
    if (c.finished && command !== 'previous' && command !== 'fullscreen') return false;
    const team = teamOf(command);
    if (team !== undefined) dispatch({ type: 'buzz', team });
    else if (command === 'next') forward();
    else if (command === 'previous') dispatch({ type: 'previous' });
    else if (command === 'timer' || command === 'toggle-pause') timer();
    else if (command === 'toggle-blank') setBlank(true);
    else if (command === 'fullscreen') toggleFullscreen();
    else if (command === 'start' || command === 'stop') openMenu();
    else if (command === 'right' || command === 'wrong') dispatch({ type: 'judge', correct: command === 'right' });
    else if (command === 'undo') dispatch({ type: 'undo' });
    else if (command === 'languages') update((s) => ({ ...s, bothLanguages: !s.bothLanguages }));
    else if (command === 'round') dispatch({ type: 'nextRound' });
    else if (command === 'wager') dispatch({ type: 'nextWager' });
    else if (command === 'sound') update((s) => ({ ...s, sound: !s.sound }));
    else if (command === 'results') dispatch({ type: 'finish', finished: true });
    else return false;
    return true;
  };
  usePresenterKeys(staged, onCommand);

  const newCompetition = () => {
    if (confirm(labels.newCompetition + '?')) {
      clearProblem();
      setMenu(undefined);
      save(null);
    }
  };

  // Before the saved competition is read (and on the server) the setup is drawn, the first visit's
  // final picture: the page keeps its size when the island hydrates.
  if (!ready || !saved || !competition || !set) {
    return (
      <>
        {problem === 'corrupt' && (
          <p class="note" role="status">
            {labels.corrupt}
          </p>
        )}
        <ClassroomSetup
          sets={sets}
          labels={labels}
          ready={ready}
          onStart={({ setId, teams, seconds, bothLanguages, place }) => {
            clearProblem();
            save({ setId, seconds, bothLanguages, place, sound: false, competition: startCompetition(teams) });
          }}
        />
      </>
    );
  }

  if (competition.finished || competition.question >= total)
    return (
      <Results
        competition={competition}
        setTitle={set.title}
        place={saved.place}
        labels={labels}
        lang={lang}
        onBack={() => dispatch({ type: 'previous' })}
        onNew={newCompetition}
      />
    );

  const item = questions.state === 'ready' ? questions.items[competition.question] : undefined;
  return (
    <>
      {problem === 'continued' && (
        <p class="stage-note" role="status">
          {labels.continued}
        </p>
      )}
      {problem === 'not-saved' && (
        <p class="stage-note" role="status">
          {labels.notSaved}
        </p>
      )}
      {item ? (
        <Stage
          competition={competition}
          item={item}
          total={total}
          lang={lang}
          both={saved.bothLanguages}
          judged={isJudged(competition)}
          timer={countdown}
          labels={labels}
          onPick={(team) => dispatch({ type: 'pickTeam', team })}
          onMenu={openMenu}
        />
      ) : (
        <div class="stage stage-waiting">
          <p role={questions.state === 'failed' ? 'alert' : 'status'}>
            {questions.state === 'failed' ? labels.loadFailed : labels.loading}
          </p>
          <p>
            <button type="button" class="button" onClick={newCompetition}>
              {labels.newCompetition}
            </button>
          </p>
        </div>
      )}
      {menu !== undefined && (
        <HostMenu
          items={menuItems(competition)}
          current={menu}
          competition={competition}
          sound={saved.sound}
          labels={labels}
          onChoose={choose}
          onClose={() => setMenu(undefined)}
        />
      )}
      {blank && (
        <button
          type="button"
          class="stage-blank"
          data-testid="blank"
          aria-label={labels.backToGame}
          onClick={() => setBlank(false)}
        />
      )}
    </>
  );
}
