import type { Competition } from '../../lib/quiz/classroom.ts';
import { playIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import type { ClassroomLabels } from './types.ts';

interface Props {
  competition: Competition;
  labels: ClassroomLabels;
  onPick: (team: number) => void;
}

/** One row of teams along the bottom of the stage: key, name, score; the team answering is marked. */
export default function Scoreboard({ competition, labels, onPick }: Props) {
  const active = competition.activeTeam;
  return (
    <section class="scoreboard" aria-label={labels.scoreboard}>
      <h2 class="visually-hidden">{labels.scoreboard}</h2>
      <ol>
        {competition.teams.map((team, index) => (
          <li key={index} class={index === active ? 'active' : ''} aria-current={index === active ? 'true' : undefined}>
            <button
              type="button"
              onClick={() => onPick(index)}
              aria-label={`${labels.pickTeam} ${index + 1}: ${team.name}, ${team.score} ${labels.points}`}
            >
              <span class="team-key" aria-hidden="true">
                {index + 1}
              </span>
              <span class="team-name">
                {index === active && (
                  <>
                    <Icon icon={playIcon} />{' '}
                  </>
                )}
                {team.name}
              </span>
              <strong class="team-score" data-testid={`score-${index}`}>
                {team.score}
              </strong>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
