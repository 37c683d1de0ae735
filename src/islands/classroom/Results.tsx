import { formatMessage } from '../../i18n/format-message.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatFor } from '../../lib/format/index.ts';
import { phrasesFor } from '../../lib/format/phrases.ts';
import { ranking, type Competition } from '../../lib/quiz/classroom.ts';
import { drawResults, saveBlob } from './results-picture.ts';
import { printIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import type { ClassroomLabels } from './types.ts';

interface Props {
  competition: Competition;
  setTitle: string;
  place: string;
  labels: ClassroomLabels;
  lang: Locale;
  onBack: () => void;
  onNew: () => void;
}

/**
 * The end of a competition: the ranking, large, for the room; a one-page results sheet for the
 * printer (date, place, set, teams, scores); and the same as a picture made on this device.
 */
export default function Results({ competition, setTitle, place, labels, lang, onBack, onNew }: Props) {
  // Intl has no Tibetan dates, and a Tibetan label takes a shad, not ':' (src/lib/format/).
  const format = formatFor(lang);
  const { label } = phrasesFor(lang);
  const rows = ranking(competition.teams).map((team, _, all) => {
    // Equal scores share a place: 1, 2, 2, 4.
    const rank = all.findIndex((other) => other.score === team.score) + 1;
    return {
      rank: formatMessage(labels.rank, { n: rank }, format.count),
      name: team.name,
      score: format.count(team.score),
      first: rank === 1,
    };
  });
  const details = [
    `${label(labels.date)} ${format.date(new Date())}`,
    ...(place ? [place] : []),
    `${label(labels.chooseSet)} ${setTitle}`,
  ];
  const savePicture = async () => {
    const blob = await drawResults({
      title: labels.resultsTitle,
      lines: details,
      rows,
      fontFamily: getComputedStyle(document.body).fontFamily,
    });
    if (blob) saveBlob(blob, `${labels.resultsFile}-${new Date().toISOString().slice(0, 10)}.png`);
  };
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title" class="results-title">
        {labels.results}
      </h2>
      <ol class="ranking">
        {rows.map((row, i) => (
          <li key={i} class={row.first ? 'is-first' : ''}>
            <span class="ranking-rank">{row.rank}</span>
            <span class="ranking-name">{row.name}</span>
            <strong class="ranking-score" data-testid={`final-${i}`}>
              {row.score}
            </strong>
          </li>
        ))}
      </ol>
      <p class="results-actions no-print">
        <button type="button" class="button" onClick={onBack}>
          ← {labels.backToGame}
        </button>
        <button type="button" class="button primary" onClick={() => print()}>
          <Icon icon={printIcon} /> {labels.printResults}
        </button>
        <button type="button" class="button" onClick={() => void savePicture()}>
          {labels.savePicture}
        </button>
        <button type="button" class="button" onClick={onNew}>
          {labels.newCompetition}
        </button>
      </p>
      <p class="results-hint no-print">{labels.pictureHint}</p>
      <div class="results-sheet" data-testid="results-sheet">
        <h1>{labels.resultsTitle}</h1>
        <ul>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{labels.team}</th>
              <th scope="col">{labels.points}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>{row.rank}</td>
                <td>{row.name}</td>
                <td>{row.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
