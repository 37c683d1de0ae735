/**
 * Options of the big-screen player, read from the URL (`/screen/winter-heating/?order=zh-bo&qr=0`).
 * A van crew types these by hand, so a bad value never stops the show: it is reported (the page
 * shows a note in both languages) and the default is used.
 */

export const LANGUAGE_ORDERS = ['bo-zh', 'zh-bo'] as const;
export type LanguageOrder = (typeof LANGUAGE_ORDERS)[number];

/** Seconds per slide a crew may set; the same bounds as a slide's own `seconds` in content. */
export const INTERVAL_MIN = 3;
export const INTERVAL_MAX = 120;

export interface ScreenOptions {
  /** Seconds per regular slide for the whole playlist; undefined keeps each slide's own `seconds`. */
  interval: number | undefined;
  /** A playlist asked for by name; undefined plays the page's own playlist. */
  playlist: string | undefined;
  /** Which language comes first (on top, or on the left). Tibetan first by default: most of the audience reads it best. */
  order: LanguageOrder;
  /** Whether slides with a link show their QR codes. */
  qr: boolean;
}

export type ScreenParam = 'interval' | 'playlist' | 'order' | 'qr';

/** A parameter that was present but unusable: what was received and what would have been accepted. */
export interface ScreenOptionProblem {
  param: ScreenParam;
  /** The value as typed, shortened; shown on screen as text, never as HTML. */
  received: string;
  /** The values accepted, e.g. `bo-zh | zh-bo`. */
  expected: string;
}

export interface ParsedScreenOptions {
  options: ScreenOptions;
  problems: ScreenOptionProblem[];
}

export const DEFAULT_SCREEN_OPTIONS: ScreenOptions = {
  interval: undefined,
  playlist: undefined,
  order: 'bo-zh',
  qr: true,
};

const MAX_SHOWN = 40;
const shorten = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

/**
 * Reads the player options from a query string. Unknown parameters (such as those WeChat adds to
 * shared links) are ignored; a known parameter with a bad value is reported and its default used.
 */
export function parseScreenOptions(query: string | URLSearchParams, playlists: readonly string[]): ParsedScreenOptions {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const options: ScreenOptions = { ...DEFAULT_SCREEN_OPTIONS };
  const problems: ScreenOptionProblem[] = [];
  const reject = (param: ScreenParam, received: string, expected: string) =>
    problems.push({ param, received: shorten(received), expected });

  // An empty value counts as not set: the settings form on /screen/ sends `interval=` for "each slide's own".
  const interval = params.get('interval');
  if (interval) {
    const seconds = /^\d{1,3}$/.test(interval.trim()) ? Number(interval.trim()) : Number.NaN;
    if (seconds >= INTERVAL_MIN && seconds <= INTERVAL_MAX) options.interval = seconds;
    else reject('interval', interval, `${INTERVAL_MIN}–${INTERVAL_MAX}`);
  }

  const playlist = params.get('playlist');
  if (playlist) {
    if (playlists.includes(playlist)) options.playlist = playlist;
    else reject('playlist', playlist, playlists.join(' | '));
  }

  const order = params.get('order');
  if (order) {
    if ((LANGUAGE_ORDERS as readonly string[]).includes(order)) options.order = order as LanguageOrder;
    else reject('order', order, LANGUAGE_ORDERS.join(' | '));
  }

  const qr = params.get('qr');
  if (qr) {
    if (qr === '0' || qr === '1') options.qr = qr === '1';
    else reject('qr', qr, '0 | 1');
  }

  return { options, problems };
}

/** The query string for the same options on another playlist's page (the `playlist` parameter dropped). */
export function queryWithoutPlaylist(query: string): string {
  const params = new URLSearchParams(query);
  params.delete('playlist');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
