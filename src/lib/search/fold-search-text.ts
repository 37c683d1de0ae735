import { foldTibetanChar } from '../tibetan/normalize.ts';

/** Text folded for search, with the way back to the text it came from. */
export interface FoldedText {
  text: string;
  /** `sourceIndex[i]` is where folded character `i` starts in the source; one extra entry for the end. */
  sourceIndex: number[];
}

const FULL_WIDTH_ALNUM = /^[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]$/u;

/** The search key of one character: Tibetan folding, full-width ASCII letters and digits, lower case. */
function foldChar(char: string): string {
  const tibetan = foldTibetanChar(char);
  if (tibetan !== char) return tibetan;
  if (FULL_WIDTH_ALNUM.test(char)) return String.fromCharCode(char.charCodeAt(0) - 0xfee0).toLowerCase();
  return char.toLowerCase();
}

/**
 * Folds NFC text for search, the same way for pages and queries: Tibetan digits and ASCII digits
 * become one, U+0F0C becomes ་, variant letter forms and invisible characters go, Latin letters are
 * lower-cased. Callers NFC-normalise first, so that offsets refer to the text they show.
 */
export function foldSearchText(source: string): FoldedText {
  let text = '';
  const sourceIndex: number[] = [];
  let at = 0;
  for (const char of source) {
    const folded = foldChar(char);
    for (let i = 0; i < folded.length; i++) sourceIndex.push(at);
    text += folded;
    at += char.length;
  }
  sourceIndex.push(at);
  return { text, sourceIndex };
}
