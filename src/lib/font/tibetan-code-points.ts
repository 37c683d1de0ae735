/** The native Tibetan set always kept in the subset, so new content rarely needs a rebuild of the font. */
export const BASE_TIBETAN_TEXT =
  // 30 consonants
  'ཀཁགངཅཆཇཉཏཐདནཔཕབམཙཚཛཝཞཟའཡརལཤསཧཨ' +
  // vowels (a-chung U+0F71 only when the content uses it: its layout closure pulls in
  // Sanskrit stacks and costs ~28 KB at weight 700)
  '\u0F72\u0F74\u0F7A\u0F7C' +
  // native subjoined forms
  '\u0F90\u0F92\u0F94\u0F95\u0F97\u0F99\u0F9F\u0FA1\u0FA3\u0FA4\u0FA5\u0FA6\u0FA8\u0FA9\u0FAB\u0FAD\u0FB1\u0FB2\u0FB3\u0FB7' +
  // punctuation, digits, dotted circle, title marks
  '་༌།༎༄༅༔༠༡༢༣༤༥༦༧༨༩\u25CC〈〉《》';

/** Code points in the Tibetan block (and the joiners the font covers) found in a text. */
export function tibetanCodePoints(text: string): Set<number> {
  const found = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x0f00 && code <= 0x0fff) || code === 0x25cc) found.add(code);
  }
  return found;
}

/** A stretch of Tibetan letters and marks, up to the first character of another script or a space. */
export const TIBETAN_RUN = /[\u0F00-\u0FFF\u25CC]+/g;

/**
 * The Tibetan syllables of a text, each with the mark that ends it (tsheg, shad): the units the
 * font's stacking rules work within, so shaping each one shows every glyph the text needs.
 */
export function tibetanSyllables(text: string): Set<string> {
  const found = new Set<string>();
  for (const [run] of text.matchAll(TIBETAN_RUN))
    for (const syllable of run.split(/(?<=[\u0F0B-\u0F14])/)) found.add(syllable);
  return found;
}
