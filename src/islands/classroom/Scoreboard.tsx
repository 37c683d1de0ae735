import type { Locale } from '../../i18n/locales.ts';
import { formatFor } from '../../lib/format/index.ts';
import { phrasesFor } from '../../lib/format/phrases.ts';
import type { Competition } from '../../lib/quiz/classroom.ts';
import { playIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import type { ClassroomLabels } from './types.ts';

interface Props {
  competition: Competition;
  lang: Locale;
  labels: ClassroomLabels;
  onPick: (team: number) => void;
}

/** One row of teams along the bottom of the stage: key, name, score; the team answering is marked. */
export default function Scoreboard({ competition, lang, labels, onPick }: Props) {
  const active = competition.activeTeam;
  const { count } = formatFor(lang);
  const { join } = phrasesFor(lang);
  return (
    <section class="scoreboard" aria-label={labels.scoreboard}>
      <h2 class="visually-hidden">{labels.scoreboard}</h2>
      <ol>
        {competition.teams.map((team, index) => (
          <li key={index} class={index === active ? 'active' : ''} aria-current={index === active ? 'true' : undefined}>
            <button
              type="button"
              onClick={() => onPick(index)}
              // The key stays an ASCII digit: it is the key to press. Tibetan phrases end with a shad.
              aria-label={join([`${labels.pickTeam} ${index + 1}`, team.name, `${count(team.score)} ${labels.points}`])}
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
                {count(team.score)}
              </strong>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
