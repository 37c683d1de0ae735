import { useEffect, useMemo, useState } from 'preact/hooks';
import { HTML_LANG } from '../../i18n/locales.ts';
import { href } from '../../site/routes.ts';
import {
  DEFAULT_SCREEN_OPTIONS,
  parseScreenOptions,
  queryWithoutPlaylist,
  type ParsedScreenOptions,
} from '../../lib/screen/parse-screen-options.ts';
import { questionsForScreen } from '../../lib/screen/questions-for-screen.ts';
import type { Bilingual } from '../../i18n/locales.ts';
import type { ScreenQuestion, ScreenSlide } from '../../lib/screen/screen-data.ts';
import type { ScreenLabels } from './labels.ts';
import { Show } from './Show.tsx';

interface Props {
  /** This page's playlist. */
  playlist: string;
  /** Every playlist, for the `playlist` URL parameter. */
  playlists: string[];
  title: Bilingual;
  slides: ScreenSlide[];
  questions: ScreenQuestion[];
  labels: ScreenLabels;
  /**
   * `load`: a playlist page, which plays at once. `asked`: /screen/, which shows its list of
   * playlists and plays only when the URL asks for one (`?playlist=…`, which the list's first button sends).
   */
  start: 'load' | 'asked';
  siteUrl: string | undefined;
}

/**
 * The big-screen player. Reads the crew's options from the URL, goes to another playlist's page when
 * asked for one, and runs the show. Everything it shows comes with the page: no request is made.
 */
export default function ScreenPlayer({ playlist, playlists, title, slides, questions, labels, start, siteUrl }: Props) {
  const [setup, setSetup] = useState<ParsedScreenOptions | undefined>(
    start === 'load' ? { options: DEFAULT_SCREEN_OPTIONS, problems: [] } : undefined,
  );
  const [running, setRunning] = useState(false);

  useEffect(() => {
    const parsed = parseScreenOptions(location.search, playlists);
    const asked = parsed.options.playlist;
    if (asked && asked !== playlist) {
      // Only a name from the list of playlists reaches this URL: the parser rejects anything else.
      location.replace(`${href.screen(asked)}${queryWithoutPlaylist(location.search)}`);
      return;
    }
    if (start === 'asked' && !new URLSearchParams(location.search).get('playlist')) return;
    setSetup(parsed);
    setRunning(true);
  }, []);

  useEffect(() => {
    if (!running || !setup) return;
    const root = document.documentElement;
    root.classList.add('screen-playing');
    root.lang = HTML_LANG[setup.options.order === 'bo-zh' ? 'bo' : 'zh'];
    return () => root.classList.remove('screen-playing');
  }, [running, setup]);

  // Measured in the browser only: the server does not know the screen (it renders every question).
  const fitting = useMemo(
    () => (typeof window === 'undefined' ? questions : questionsForScreen(questions, innerWidth, innerHeight)),
    [questions],
  );
  if (!setup) return null;
  return (
    <Show
      title={title}
      slides={slides}
      questions={fitting}
      labels={labels}
      options={setup.options}
      problems={setup.problems}
      running={running}
      listHref={href.screenIndex()}
      siteUrl={siteUrl}
    />
  );
}
