import { tibetanSyllableStem } from '../tibetan/normalize.ts';
import { foldSearchText } from './fold-search-text.ts';

/** `han`: one Chinese character; `bo`: one Tibetan syllable; `word`: a run of digits or other letters. */
export const UNIT_KINDS = ['han', 'bo', 'word'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The smallest searchable piece of a text, folded, with where it sits in the original. */
export interface SearchUnit {
  key: string;
  kind: UnitKind;
  /** Offsets (UTF-16, end exclusive) in the NFC form of the text; search records are stored in NFC. */
  start: number;
  end: number;
  /**
   * True when it continues the previous unit as one phrase: a Chinese character right after another,
   * or a Tibetan syllable after a tsheg. Bigrams are only formed inside a phrase.
   */
  joined: boolean;
}

const HAN = /\p{Script=Han}/u;
/** Letters, vowel signs and subjoined letters: everything of a syllable but its separators. */
// Ranges of Tibetan vowel signs and subjoined letters are meant: each mark is matched on its own.
// eslint-disable-next-line no-misleading-character-class
const BO_LETTER = /[\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F40-\u0F6C\u0F71-\u0F7E\u0F80-\u0F84\u0F86\u0F87\u0F8D-\u0FBC]/u;
const TSHEG = '\u0F0B';
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const kindOf = (char: string): UnitKind | undefined =>
  HAN.test(char)
    ? 'han'
    : BO_LETTER.test(char)
      ? 'bo'
      : WORD_CHAR.test(char) && !/[\u0F00-\u0FFF]/u.test(char)
        ? 'word'
        : undefined;

/**
 * Splits text into search units: Chinese into single characters, Tibetan into syllables at tsheg,
 * shad and spaces (tibetan-text-rules §7), digits and Latin into words. A digit run inside Tibetan
 * (ཟླ༡༡ཚེས) is a word of its own, so ༡༡༩ and 119 meet.
 */
export function searchUnits(source: string): SearchUnit[] {
  const { text, sourceIndex } = foldSearchText(source.normalize('NFC'));
  const chars = Array.from(text);
  const units: SearchUnit[] = [];
  let offset = 0;
  let gap = '';
  let previous: SearchUnit | undefined;
  for (let i = 0; i < chars.length;) {
    const char = chars[i]!;
    const kind = kindOf(char);
    if (!kind) {
      gap += char;
      offset += char.length;
      i++;
      continue;
    }
    let key = char;
    let j = i + 1;
    if (kind !== 'han') {
      while (j < chars.length && kindOf(chars[j]!) === kind) key += chars[j++];
    }
    const joined =
      previous?.kind === kind &&
      ((kind === 'han' && gap === '') || (kind === 'bo' && gap !== '' && [...gap].every((c) => c === TSHEG)));
    const unit: SearchUnit = { key, kind, start: sourceIndex[offset]!, end: sourceIndex[offset + key.length]!, joined };
    units.push(unit);
    previous = unit;
    offset += key.length;
    gap = '';
    i = j;
  }
  return units;
}

/** The kind of unit a term (a unit, a stem or a bigram) is made of. */
export const termKind = (term: string): UnitKind => kindOf(String.fromCodePoint(term.codePointAt(0) ?? 0x20)) ?? 'word';

/** Tibetan bigrams read like the text (མེ་སྐྱོན); Chinese ones are the two characters. */
export const bigram = (a: SearchUnit | string, b: string, kind: UnitKind) =>
  `${typeof a === 'string' ? a : a.key}${kind === 'bo' ? TSHEG : ''}${b}`;

/** The other form a unit is also found by: a Tibetan syllable without its fused particle. */
export const unitStem = (unit: SearchUnit) => (unit.kind === 'bo' ? tibetanSyllableStem(unit.key) : unit.key);

/**
 * The terms a text is indexed under, with repeats (they count): every unit, every bigram inside a
 * phrase, and for a Tibetan syllable with a fused particle also its stem, alone and in its bigram.
 */
export function indexTerms(units: SearchUnit[]): string[] {
  const terms: string[] = [];
  units.forEach((unit, i) => {
    const stem = unitStem(unit);
    const previous = units[i - 1];
    terms.push(unit.key);
    if (stem !== unit.key && stem) terms.push(stem);
    if (unit.joined && previous) {
      terms.push(bigram(previous, unit.key, unit.kind));
      if (stem !== unit.key && stem) terms.push(bigram(previous, stem, unit.kind));
    }
  });
  return terms;
}

/** Units split into phrases: runs of joined units. */
export function phrases(units: SearchUnit[]): SearchUnit[][] {
  const runs: SearchUnit[][] = [];
  for (const unit of units) {
    if (unit.joined && runs.length) runs[runs.length - 1]!.push(unit);
    else runs.push([unit]);
  }
  return runs;
}
