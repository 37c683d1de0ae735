import { formatMessage } from '@/i18n/format-message.ts';
import { useState } from 'preact/hooks';
import { MAX_TEAMS, parseTeams } from '../../lib/quiz/classroom.ts';
import type { ClassroomLabels, ClassroomSet } from './types.ts';

interface Props {
  sets: ClassroomSet[];
  labels: ClassroomLabels;
  onStart: (setup: { setId: string; teams: string[]; seconds: number; bothLanguages: boolean; place: string }) => void;
  /**
   * False while drawn by the server, before the island runs: the form shows at its size, but nothing in
   * it can be typed or pressed yet (names typed then were lost when the island took over).
   */
  ready?: boolean;
}

const SECONDS = [10, 20, 30, 45, 60, 90];

/** Choose the question set, name the teams, set the timer: everything a host does before the first question. */
export default function ClassroomSetup({ sets, labels, onStart, ready = true }: Props) {
  const [setId, setSetId] = useState(sets[0]?.id ?? '');
  const [teamText, setTeamText] = useState(labels.defaultTeams);
  const [seconds, setSeconds] = useState(30);
  const [bothLanguages, setBothLanguages] = useState(true);
  const [place, setPlace] = useState('');
  const [problem, setProblem] = useState<string>();

  const start = (event: Event) => {
    event.preventDefault();
    const { teams, problem: teamProblem } = parseTeams(teamText.split('\n'));
    if (teamProblem)
      return setProblem(
        teamProblem === 'too-few' ? labels.tooFewTeams : formatMessage(labels.tooManyTeams, { n: MAX_TEAMS }),
      );
    onStart({ setId, teams, seconds, bothLanguages, place: place.trim().slice(0, 80) });
  };

  return (
    <form class="classroom-setup" onSubmit={start}>
      <p>
        <label>
          {labels.chooseSet}{' '}
          <select disabled={!ready} value={setId} onChange={(e) => setSetId((e.target as HTMLSelectElement).value)}>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title} ({set.count})
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label for="teams">{labels.teams}</label>
        <br />
        <textarea
          id="teams"
          rows={5}
          disabled={!ready}
          value={teamText}
          onInput={(e) => setTeamText((e.target as HTMLTextAreaElement).value)}
        />
        <br />
        <span class="hint">{labels.teamsHint}</span>
      </p>
      <p>
        <label for="place">{labels.place}</label>
        <br />
        <input
          id="place"
          type="text"
          disabled={!ready}
          maxLength={80}
          value={place}
          onInput={(e) => setPlace((e.target as HTMLInputElement).value)}
        />
      </p>
      <p>
        <label>
          {labels.secondsPerQuestion}{' '}
          <select
            disabled={!ready}
            value={String(seconds)}
            onChange={(e) => setSeconds(Number((e.target as HTMLSelectElement).value))}
          >
            {SECONDS.map((s) => (
              <option key={s} value={String(s)}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label class="check">
          <input
            type="checkbox"
            disabled={!ready}
            checked={bothLanguages}
            onChange={(e) => setBothLanguages((e.target as HTMLInputElement).checked)}
          />{' '}
          {labels.bothLanguages}
        </label>
      </p>
      {problem && (
        <p class="note" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="button primary" disabled={!ready}>
        {labels.start}
      </button>
      <p class="hint">{labels.keysHelp}</p>
    </form>
  );
}
