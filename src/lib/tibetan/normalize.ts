/**
 * Search keys for Tibetan (tibetan-text-rules.md §6–7). Never applied to stored text:
 * folding U+0F0C into U+0F0B would lose the no-break tsheg.
 */

/** Separators between Tibetan syllables and between words. */
export const TIBETAN_SEPARATOR = /[\s\-\u0F0B-\u0F14\u0F34\u0F3A-\u0F3D\u0F7F]+/u;

/** NFC, then fold the variant forms and Tibetan digits that a reader treats as the same. */
export function foldTibetan(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/\u0F0C/gu, '\u0F0B')
    .replace(/[\u0F20-\u0F29]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0f20 + 48))
    .replace(/\u0FBC/gu, '\u0FB2')
    .replace(/\u0FBB/gu, '\u0FB1')
    .replace(/\u0FBA/gu, '\u0FAD')
    .replace(/\u0F6A/gu, '\u0F62');
}

/** Folded syllables of a text, in order, without tsheg, shad or spaces. */
export function tibetanSearchSyllables(text: string): string[] {
  return foldTibetan(text)
    .split(TIBETAN_SEPARATOR)
    .filter((syllable) => syllable.length > 0);
}
