/**
 * Search keys for Tibetan (tibetan-text-rules.md §6–7). Never applied to stored text:
 * folding U+0F0C into U+0F0B would lose the no-break tsheg.
 */

/** Separators between Tibetan syllables and between words. */
// Ranges of Tibetan vowel signs and subjoined letters are meant: each mark is matched on its own.
// eslint-disable-next-line no-misleading-character-class
export const TIBETAN_SEPARATOR = /[\s\-\u0F0B-\u0F14\u0F34\u0F3A-\u0F3D\u0F7F]+/u;

const INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF]$/u;
const FOLDED_LETTER: Record<string, string> = {
  '\u0F0C': '\u0F0B', // the no-break tsheg is a tsheg to a reader
  '\u0FBC': '\u0FB2', // fixed-form subjoined RA, WA, YA
  '\u0FBB': '\u0FB1',
  '\u0FBA': '\u0FAD',
  '\u0F6A': '\u0F62', // fixed-form RA
};

/**
 * The search key of one character of NFC text: Tibetan digits become ASCII, variant forms become
 * the usual ones, invisible characters become ''. Other characters are returned unchanged.
 * Working one character at a time lets a caller map folded text back to the original.
 */
export function foldTibetanChar(char: string): string {
  if (INVISIBLE.test(char)) return '';
  const code = char.codePointAt(0)!;
  if (code >= 0x0f20 && code <= 0x0f29) return String.fromCharCode(code - 0x0f20 + 48);
  return FOLDED_LETTER[char] ?? char;
}

/** NFC, then fold the variant forms and Tibetan digits that a reader treats as the same. */
export function foldTibetan(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC')) folded += foldTibetanChar(char);
  return folded;
}

/** Folded syllables of a text, in order, without tsheg, shad or spaces. */
export function tibetanSearchSyllables(text: string): string[] {
  return foldTibetan(text)
    .split(TIBETAN_SEPARATOR)
    .filter((syllable) => syllable.length > 0);
}

/**
 * Case particles written inside the syllable they follow (སློབ་གྲྭའི = སློབ་གྲྭ + འི). Only the
 * འ-particles: a final ས or ར may be the particle or a plain suffix, and guessing wrong would
 * merge unrelated words.
 */
const FUSED_PARTICLE = /(?<=[\u0F40-\u0FBC])\u0F60(?:\u0F72|\u0F7C|\u0F44|\u0F58)$/u;

/** A folded syllable without its fused འི / འོ / འང / འམ particle; the syllable itself when it has none. */
export function tibetanSyllableStem(syllable: string): string {
  return syllable.replace(FUSED_PARTICLE, '');
}
