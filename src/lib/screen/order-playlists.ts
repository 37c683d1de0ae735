import { AUDIENCES } from '../../i18n/audiences.ts';

/** Playlists a crew reaches for first; then the 七进 audiences in campaign order; then the rest A–Z. */
const FIRST = ['general', 'winter-heating'];

/** Playlist names in the order the chooser lists them; the first is the default one. */
export function orderPlaylists(names: readonly string[]): string[] {
  const rank = (name: string) => {
    const first = FIRST.indexOf(name);
    if (first >= 0) return first;
    const audience = (AUDIENCES as readonly string[]).indexOf(name);
    return audience >= 0 ? FIRST.length + audience : FIRST.length + AUDIENCES.length;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
