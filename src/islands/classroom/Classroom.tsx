import type { Locale } from '@/i18n/locales.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  competitionReducer,
  ranking,
  startCompetition,
  WAGERS,
  type Action,
  type RoundKind,
} from '../../lib/quiz/classroom.ts';
import { classroomStorage, saveCompetition, type SavedCompetition } from '../../lib/quiz/classroom-storage.ts';
import { browserStore, readRecord } from '../../lib/storage/versioned-storage.ts';
import ClassroomSetup from './ClassroomSetup.tsx';
import ProjectedQuestion from './ProjectedQuestion.tsx';
import type { ClassroomLabels, ClassroomSet, QuizItem } from './types.ts';

interface Props {
  lang: Locale;
  sets: ClassroomSet[];
  items: Record<string, QuizItem>;
  labels: ClassroomLabels;
}

const ROUNDS: RoundKind[] = ['required', 'buzz', 'risk'];

/**
 * A 知识竞赛 for one projector and no student devices: the host (or a presenter remote) drives it,
 * everyone reads it from the back of the room. Saved on the device after every step.
 */
export default function Classroom({ lang, sets, items, labels }: Props) {
  const [saved, setSaved] = useState<SavedCompetition | null>(null);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [timeLeft, setTimeLeft] = useState<number | undefined>();

  useEffect(() => {
    const result = readRecord(classroomStorage, browserStore());
    latest.current = result.data;
    setSaved(result.data);
    if (result.problem === 'corrupt' || result.problem === 'newer-version') setNotice(labels.corrupt);
    else if (result.data) setNotice(labels.continued);
    setReady(true);
  }, []);

  // Keys can arrive faster than effects re-run: actions always apply to the latest state, kept here.
  const latest = useRef<SavedCompetition | null>(null);
  const save = (next: SavedCompetition | null) => {
    latest.current = next;
    setSaved(next);
    if (!saveCompetition(browserStore(), next)) setNotice(labels.notSaved);
  };
  const dispatch = (action: Action) => {
    const current = latest.current;
    if (!current) return;
    if (action.type === 'next' || action.type === 'previous' || action.type === 'round' || action.type === 'reveal')
      setTimeLeft(undefined);
    save({ ...current, competition: competitionReducer(current.competition, action) });
  };

  useEffect(() => {
    if (timeLeft === undefined || timeLeft <= 0) return;
    const timer = setTimeout(() => setTimeLeft(timeLeft - 1), 1000);
    return () => clearTimeout(timer);
  }, [timeLeft]);

  const set = saved ? sets.find((s) => s.id === saved.setId) : undefined;
  const competition = saved?.competition;
  const item = set && competition ? items[set.questionIds[competition.question] ?? ''] : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const saved = latest.current;
      if (!saved) return;
      const competition = saved.competition;
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const key = event.key;
      const handled = () => event.preventDefault();
      if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') {
        handled();
        dispatch(competition.revealed ? { type: 'next' } : { type: 'reveal' });
      } else if (key === 'ArrowLeft' || key === 'PageUp') {
        handled();
        dispatch({ type: 'previous' });
      } else if (key === 't' || key === 'T') {
        setTimeLeft(saved.seconds);
      } else if (key === 'y' || key === 'Y' || key === 'Enter') {
        handled();
        dispatch({ type: 'judge', correct: true });
      } else if (key === 'n' || key === 'N') {
        dispatch({ type: 'judge', correct: false });
      } else if (key === 'u' || key === 'U' || ((event.ctrlKey || event.metaKey) && key === 'z')) {
        handled();
        dispatch({ type: 'undo' });
      } else if (key === 'l' || key === 'L') {
        save({ ...saved, bothLanguages: !saved.bothLanguages });
      } else if (/^[1-8]$/.test(key)) {
        dispatch({ type: 'pickTeam', team: Number(key) - 1 });
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  if (!ready) return <p class="hint">{labels.keysHelp}</p>;
  if (!saved || !competition || !set) {
    return (
      <>
        {(notice === labels.corrupt || notice === labels.notSaved) && (
          <p class="note" role="status">
            {notice}
          </p>
        )}
        <ClassroomSetup
          sets={sets}
          labels={labels}
          onStart={({ setId, teams, seconds, bothLanguages }) => {
            setNotice(undefined);
            save({ setId, seconds, bothLanguages, competition: startCompetition(teams) });
          }}
        />
      </>
    );
  }

  const active = competition.activeTeam;
  return (
    <div class="classroom" data-round={competition.round}>
      {notice && (
        <p class="note" role="status">
          {notice}
        </p>
      )}
      <div class="classroom-top">
        <div class="rounds" role="group" aria-label={labels.round}>
          {ROUNDS.map((round) => (
            <button
              key={round}
              type="button"
              class={`button${competition.round === round ? ' primary' : ''}`}
              aria-pressed={competition.round === round}
              onClick={() => dispatch({ type: 'round', round })}
            >
              {labels[round]}
            </button>
          ))}
        </div>
        <p class="timer" role="timer" aria-live="off">
          {labels.timer} <strong data-testid="timer">{timeLeft ?? saved.seconds}</strong>
        </p>
      </div>
      {item ? (
        <ProjectedQuestion
          item={item}
          lang={lang}
          both={saved.bothLanguages}
          revealed={competition.revealed}
          number={competition.question + 1}
          total={set.questionIds.length}
          labels={labels}
        />
      ) : (
        <section class="finished">
          <h2>{labels.finished}</h2>
        </section>
      )}
      <div class="host-controls" role="group" aria-label={labels.round}>
        <button type="button" class="button" onClick={() => setTimeLeft(saved.seconds)}>
          ⏱ {labels.startTimer} (T)
        </button>
        <button
          type="button"
          class="button"
          onClick={() => dispatch({ type: 'reveal' })}
          disabled={competition.revealed}
        >
          👁 {labels.reveal} (→)
        </button>
        <button
          type="button"
          class="button"
          onClick={() => dispatch({ type: 'judge', correct: true })}
          disabled={active === undefined}
        >
          ✔ {labels.right} (Y)
        </button>
        <button
          type="button"
          class="button"
          onClick={() => dispatch({ type: 'judge', correct: false })}
          disabled={active === undefined}
        >
          ✘ {labels.wrong} (N)
        </button>
        <button type="button" class="button" onClick={() => dispatch({ type: 'next' })}>
          ⏭ {labels.next} (→)
        </button>
        <button
          type="button"
          class="button"
          onClick={() => dispatch({ type: 'undo' })}
          disabled={competition.history.length === 0}
        >
          ↶ {labels.undo} (U)
        </button>
      </div>
      {competition.round === 'risk' && (
        <div class="wagers" role="group" aria-label={labels.wager}>
          {labels.wager}{' '}
          {WAGERS.map((points) => (
            <button
              key={points}
              type="button"
              class={`button${competition.wager === points ? ' primary' : ''}`}
              aria-pressed={competition.wager === points}
              onClick={() => dispatch({ type: 'wager', points })}
            >
              {points}
            </button>
          ))}
        </div>
      )}
      <section class="scoreboard" aria-label={labels.scoreboard}>
        <h2 class="visually-hidden">{labels.scoreboard}</h2>
        <ol>
          {competition.teams.map((team, index) => (
            <li
              key={index}
              class={index === active ? 'active' : ''}
              aria-current={index === active ? 'true' : undefined}
            >
              <button
                type="button"
                onClick={() => dispatch({ type: 'pickTeam', team: index })}
                aria-label={`${labels.pickTeam} ${index + 1}: ${team.name}`}
              >
                <span class="team-key">{index + 1}</span>
                <span class="team-name">
                  {index === active ? '▶ ' : ''}
                  {team.name}
                </span>
                <strong class="team-score" data-testid={`score-${index}`}>
                  {team.score}
                </strong>
              </button>
            </li>
          ))}
        </ol>
        <p class="hint">
          {ranking(competition.teams)
            .map((t) => `${t.name} ${t.score}`)
            .join(' · ')}
        </p>
      </section>
      <p class="no-print">
        <button
          type="button"
          class="button"
          onClick={() => {
            if (confirm(labels.newCompetition + '?')) {
              setNotice(undefined);
              save(null);
            }
          }}
        >
          {labels.newCompetition}
        </button>
      </p>
    </div>
  );
}
