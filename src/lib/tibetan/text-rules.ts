/**
 * The Tibetan text rules of `shared/reference/tibetan-text-rules.md` §3–5, as a pure
 * function over one string. Each problem says what is wrong and what to change.
 */
import { checkSyllable, tibetanSyllables } from './syllable.ts';

export type TibetanRule =
  | 'not-nfc'
  | 'deprecated-vowel'
  | 'invisible-character'
  | 'double-tsheg'
  | 'space-before-shad'
  | 'nbsp-before-shad'
  | 'tsheg-before-shad'
  | 'foreign-punctuation'
  | 'foreign-separator'
  | 'orphan-mark'
  | 'broken-syllable'
  | 'unusual-syllable';

export interface TibetanProblem {
  rule: TibetanRule;
  /** `error` fails the build; `warning` asks a reviewer to look. */
  severity: 'error' | 'warning';
  /** Offset in the string, for a line number and an excerpt. */
  index: number;
  message: string;
  fix: string;
}

const TIBETAN_LETTER = '[\\u0F40-\\u0FBC]';
const hex = (text: string) =>
  [...text].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');

interface PatternRule {
  rule: TibetanRule;
  pattern: RegExp;
  message: (match: string) => string;
  fix: string;
}

const PATTERN_RULES: PatternRule[] = [
  {
    rule: 'deprecated-vowel',
    pattern: /[\u0F77\u0F79]/gu,
    message: (m) => `deprecated vowel sign ${hex(m)}`,
    fix: 'write ྲྀ/ླྀ as the subjoined letter followed by U+0F71 U+0F80',
  },
  {
    rule: 'invisible-character',
    pattern: /[\u200B-\u200D\u2060\uFEFF]/gu,
    message: (m) => `invisible character ${hex(m)}`,
    fix: 'delete it; Tibetan lines break after the tsheg on their own',
  },
  {
    rule: 'double-tsheg',
    pattern: /\u0F0B\u0F0B/gu,
    message: () => 'two tshegs in a row (་་)',
    fix: 'keep one tsheg',
  },
  {
    rule: 'space-before-shad',
    pattern: /\u0020[\u0F0D\u0F0E]/gu,
    message: () => 'a plain space before a shad lets a line start with །',
    fix: 'delete the space, or use U+00A0 after ཀ/ག or between two shads',
  },
  {
    rule: 'nbsp-before-shad',
    pattern: /(?<![\u0F40\u0F42][\u0F72\u0F74\u0F7A\u0F7C]?|[\u0F0D\u0F0E])\u00A0[\u0F0D\u0F0E]/gu,
    message: () => 'a no-break space before a shad is only used after ཀ/ག or after a shad',
    fix: 'delete the no-break space',
  },
  {
    rule: 'tsheg-before-shad',
    pattern: /(?<!\u0F44)\u0F0B\u0F0D/gu,
    message: () => 'a tsheg before a shad (་།)',
    fix: 'delete the tsheg; only ང keeps one, written ༌ (U+0F0C) as in ང༌།',
  },
  {
    rule: 'tsheg-before-shad',
    pattern: /\u0F44\u0F0B\u0F0D/gu,
    message: () => 'ང་། uses the breaking tsheg U+0F0B',
    fix: 'write ང༌། with the non-breaking tsheg U+0F0C (run the linter with --fix)',
  },
  {
    rule: 'foreign-punctuation',
    pattern: new RegExp(
      `(?<=${TIBETAN_LETTER}[\\u0F0B\\u0F0C]?)[，。、；：？！,.;:?!]|[，。、；：？！,.;:?!](?=${TIBETAN_LETTER})`,
      'gu',
    ),
    message: (m) => `Chinese or Latin punctuation "${m}" inside Tibetan text`,
    fix: 'use the shad ། (and ་ between syllables); keep 《》 for titles',
  },
  {
    rule: 'foreign-separator',
    pattern: new RegExp(
      `(?<=${TIBETAN_LETTER}[\\u0F0B-\\u0F0E]?\\s*)[\\u00B7\\u30FB\\u2022](?=\\s*${TIBETAN_LETTER})`,
      'gu',
    ),
    message: (m) => `a "${m}" between two Tibetan words`,
    fix: 'end the first phrase with a shad (། , or ང༌། / ག །) and a space; in templates use phrasesFor(locale)',
  },
  {
    rule: 'orphan-mark',
    pattern: /(?<=[\s\u0F0B-\u0F14]|^)[\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0FBC]/gu,
    message: (m) => `vowel or subjoined letter ${hex(m)} with no letter to sit on`,
    fix: 'join it to the letter before the tsheg or shad, or delete it',
  },
];

/** Every problem in one string of (possibly mixed-script) text. */
export function checkTibetanText(text: string): TibetanProblem[] {
  const problems: TibetanProblem[] = [];
  if (text !== text.normalize('NFC')) {
    const firstDiff = [...text].findIndex((c) => c !== c.normalize('NFC'));
    problems.push({
      rule: 'not-nfc',
      severity: 'error',
      index: Math.max(0, firstDiff),
      message: 'text is not in Unicode NFC (discouraged precomposed vowels such as U+0F73)',
      fix: 'normalise the text to NFC (ཱི is U+0F71 U+0F72)',
    });
  }
  for (const { rule, pattern, message, fix } of PATTERN_RULES) {
    for (const match of text.matchAll(pattern)) {
      problems.push({ rule, severity: 'error', index: match.index, message: message(match[0]), fix });
    }
  }
  for (const { syllable, index } of tibetanSyllables(text.normalize('NFC'))) {
    const verdict = checkSyllable(syllable);
    if (verdict === 'broken') {
      problems.push({
        rule: 'broken-syllable',
        severity: 'error',
        index,
        message: `broken syllable "${syllable}" (${hex(syllable)})`,
        fix: 'retype it: a vowel goes after subjoined letters, and one vowel per stack',
      });
    } else if (verdict === 'review') {
      problems.push({
        rule: 'unusual-syllable',
        severity: 'warning',
        index,
        message: `unusual syllable "${syllable}"`,
        fix: 'check the spelling; for a loan word add it to SYLLABLE_ALLOW_LIST in src/lib/tibetan/syllable.ts',
      });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** The only automatic fix the rules allow: ང་། → ང༌། */
export function autoFixTibetan(text: string): string {
  return text.replace(/\u0F44\u0F0B\u0F0D/gu, '\u0F44\u0F0C\u0F0D');
}

export const containsTibetan = (text: string): boolean => /[\u0F00-\u0FFF]/u.test(text);
