/**
 * Tibetan syllable checks, from `shared/reference/tibetan-text-rules.md` §4.
 * Level 1 (cluster grammar) failures are broken text; level 2 (native orthography)
 * failures are only worth a review, since loans and Sanskrit legitimately fail it.
 */

/** Level 1: base, subjoined letters, a-chung, one vowel, marks. */
const RE_CLUSTERS =
  /^(?:[\u0F40-\u0F6C][\u0F90-\u0FBC]*\u0F71?[\u0F72\u0F74\u0F7A-\u0F7D\u0F80]?[\u0F35\u0F37\u0F39]*[\u0F7E\u0F82\u0F83]?\u0F7F?\u0F84?)+$/u;

const BASE =
  '[\\u0F40-\\u0F42\\u0F44-\\u0F47\\u0F49\\u0F4F-\\u0F51\\u0F53-\\u0F56\\u0F58-\\u0F5B\\u0F5D-\\u0F64\\u0F66-\\u0F68]';
const PREFIX = '[\\u0F42\\u0F51\\u0F56\\u0F58\\u0F60]';
const NONBARE =
  '(?:' +
  [
    '\\u0F62[\\u0F90\\u0F92]\\u0FB1',
    '\\u0F62\\u0FA8\\u0FB1',
    '\\u0F66[\\u0F90\\u0F92\\u0FA4\\u0FA6\\u0FA8]\\u0FB1',
    '\\u0F66[\\u0F90\\u0F92\\u0FA3\\u0FA4\\u0FA6\\u0FA8]\\u0FB2',
    '\\u0F42\\u0FB2\\u0FAD',
    '\\u0F62\\u0FA9\\u0FAD',
    '\\u0F55\\u0FB1\\u0FAD',
    '\\u0F66\\u0F9F\\u0FAD',
    '\\u0F51\\u0FB2\\u0FAD',
    '\\u0F62[\\u0F90\\u0F92\\u0F94\\u0F97\\u0F99\\u0F9F\\u0FA1\\u0FA3\\u0FA6\\u0FA8\\u0FA9\\u0FAB]',
    '\\u0F63[\\u0F90\\u0F92\\u0F94\\u0F95\\u0F97\\u0F9F\\u0FA1\\u0FA4\\u0FA6\\u0FB7]',
    '\\u0F66[\\u0F90\\u0F92\\u0F94\\u0F99\\u0F9F\\u0FA1\\u0FA3\\u0FA4\\u0FA6\\u0FA8\\u0FA9]',
    '[\\u0F40-\\u0F42\\u0F49\\u0F4F\\u0F51\\u0F59\\u0F5A\\u0F5E\\u0F5F\\u0F62-\\u0F64\\u0F66\\u0F67]\\u0FAD',
    '[\\u0F40-\\u0F42\\u0F54-\\u0F56\\u0F58]\\u0FB1',
    '[\\u0F40-\\u0F42\\u0F4F-\\u0F51\\u0F54-\\u0F56\\u0F58\\u0F64\\u0F66\\u0F67]\\u0FB2',
    '[\\u0F40\\u0F42\\u0F56\\u0F5F\\u0F62\\u0F66]\\u0FB3',
    '\\u0F67\\u0FA5',
  ].join('|') +
  ')';
const STACK = `(?:${NONBARE}|${BASE})`;
const VOWEL = '[\\u0F72\\u0F74\\u0F7A\\u0F7C]';
const SUFFIX =
  '(?:[\\u0F42\\u0F44\\u0F56\\u0F58]\\u0F66?|[\\u0F51\\u0F53\\u0F62\\u0F63\\u0F66]|\\u0F60(?:[\\u0F72\\u0F74\\u0F7C]|\\u0F44|\\u0F58))';

/** Level 2: a native syllable (prefix, stack, vowel, suffixes, particles). */
const RE_NATIVE = new RegExp(
  `^(?:${STACK}${VOWEL}?${SUFFIX}?` +
    `|${PREFIX}${NONBARE}${VOWEL}?${SUFFIX}?` +
    `|${PREFIX}${BASE}(?:${VOWEL}${SUFFIX}?|${SUFFIX}|\\u0F60))$`,
  'u',
);

/** Loans and Sanskrit that fail level 2 but are correct (tibetan-text-rules §4). */
export const SYLLABLE_ALLOW_LIST: ReadonlySet<string> = new Set(['ཐཱན', 'ཧའེ', 'ཙཱ', 'པདྨ', 'ཀྲུང', 'ཧྭ']);

export type SyllableVerdict = 'ok' | 'review' | 'broken';

/** Judges one run of Tibetan letters and marks (no tsheg, shad or space inside). */
export function checkSyllable(syllable: string): SyllableVerdict {
  if (!RE_CLUSTERS.test(syllable)) return 'broken';
  if (SYLLABLE_ALLOW_LIST.has(syllable) || RE_NATIVE.test(syllable)) return 'ok';
  return 'review';
}

/** Runs of letters and marks, each with its offset; visarga also ends a syllable. */
export function tibetanSyllables(text: string): { syllable: string; index: number }[] {
  const found: { syllable: string; index: number }[] = [];
  for (const match of text.matchAll(/[\u0F40-\u0FBC]+\u0F7F?/gu)) {
    found.push({ syllable: match[0].replace(/\u0F7F$/u, ''), index: match.index });
  }
  return found;
}
