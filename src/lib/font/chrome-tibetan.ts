import { ENDONYM } from '../../i18n/locales.ts';
import { bo } from '../../i18n/ui/bo.ts';
import { tibetanCodePoints } from './tibetan-code-points.ts';

/**
 * The only Tibetan a Chinese page's chrome shows: the bilingual brand line and the language link.
 * A tiny font is cut from exactly these letters ("Tibetan Chrome", tibetan-font.css), so a Chinese
 * reader never downloads the whole Tibetan subset for them.
 */
export const CHROME_TIBETAN_TEXT = bo['site.name'] + ENDONYM.bo;

/** `unicode-range` of the chrome font: exactly its code points, ascending, e.g. "U+0F0B, U+0F40". */
export function unicodeRange(text: string): string {
  return [...tibetanCodePoints(text)]
    .sort((a, b) => a - b)
    .map((code) => 'U+' + code.toString(16).toUpperCase().padStart(4, '0'))
    .join(', ');
}
