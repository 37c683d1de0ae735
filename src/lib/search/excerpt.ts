import { searchUnits, unitStem, type SearchUnit } from './search-units.ts';

/** A piece of an excerpt; `mark` pieces matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface ExcerptOptions {
  /** Width budget; a Chinese character counts 2, anything else 1. */
  width?: number;
  /** The last query syllable or word may still be half typed. */
  prefixLast?: boolean;
  /** The page was found with only some of the words (`any` mode): mark single syllables and words too. */
  loose?: boolean;
}

const HAN = /\p{Script=Han}/u;
const ELLIPSIS = '…';

/**
 * A short piece of `text` around the best place the query's phrases occur, split into marked and
 * plain segments. Tibetan is never cut inside a syllable. Plain data: the view turns it into text
 * nodes and <mark> elements, never HTML.
 */
export function excerpt(
  text: string,
  phrases: SearchUnit[][],
  { width = 160, prefixLast = false, loose = false }: ExcerptOptions = {},
): Segment[] {
  const units = searchUnits(text);
  let ranges = matchRanges(units, phrases, prefixLast);
  // A page found by its title, or with only some of the words: show pieces of the query, pairs
  // first. A lone syllable of a longer phrase only when that is how the page was found, and never a
  // lone Chinese character of one: མེ of མེ་སྐྱོན and 火 of 灭火器 are everywhere.
  if (!ranges.length) ranges = matchRanges(units, phrases.flatMap(pairs), prefixLast);
  if (!ranges.length && loose) {
    ranges = matchRanges(
      units,
      phrases.flatMap((phrase) => phrase.filter((unit) => unit.kind !== 'han').map((unit) => [unit])),
      prefixLast,
    );
  }
  const [from, to] = window(text, units, ranges, width);
  const segments: Segment[] = [];
  let at = from;
  for (const [start, end] of mergeRanges(ranges.filter(([start, end]) => start >= from && end <= to))) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  if (from > 0) segments.unshift({ text: ELLIPSIS, mark: false });
  if (to < text.length) segments.push({ text: ELLIPSIS, mark: false });
  return joinPlain(segments);
}

type Range = [number, number];

const pairs = (phrase: SearchUnit[]) => phrase.slice(1).map((unit, i) => [phrase[i]!, unit]);

function unitMatches(unit: SearchUnit, key: string, open: boolean) {
  return unit.key === key || unitStem(unit) === key || (open && unit.key.startsWith(key));
}

/** Where each phrase occurs as a whole: its units in order, joined as in the query. */
function matchRanges(units: SearchUnit[], phrases: SearchUnit[][], prefixLast: boolean): Range[] {
  const ranges: Range[] = [];
  phrases.forEach((phrase, p) => {
    const lastPhrase = p === phrases.length - 1;
    for (let i = 0; i + phrase.length <= units.length; i++) {
      const whole = phrase.every((q, m) => {
        const unit = units[i + m]!;
        const open = prefixLast && lastPhrase && m === phrase.length - 1 && q.kind !== 'han';
        return (m === 0 || unit.joined) && unit.kind === q.kind && unitMatches(unit, q.key, open);
      });
      if (whole) ranges.push([units[i]!.start, units[i + phrase.length - 1]!.end]);
    }
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** `widths[i]` is the width of `text.slice(0, i)`: a Chinese character counts 2, anything else 1. */
function cumulativeWidths(text: string): number[] {
  const widths = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair adds nothing: the pair is one character.
    const add = code >= 0xdc00 && code <= 0xdfff ? 0 : HAN.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 1;
    widths.push(widths[i]! + add);
  }
  return widths;
}

/** The stretch of text to show: it starts a little before the densest group of matches. */
function window(text: string, units: SearchUnit[], ranges: Range[], width: number): Range {
  const widths = cumulativeWidths(text);
  const span = (from: number, to: number) => widths[to]! - widths[from]!;
  if (span(0, text.length) <= width || !units.length) return [0, text.length];
  let anchor = 0;
  let best = -1;
  for (const [start] of ranges) {
    const inside = ranges.filter(([s, e]) => s >= start && span(start, e) <= width * 0.75).length;
    if (inside > best) [anchor, best] = [start, inside];
  }
  // Start at a unit boundary about a quarter of the width before the first match.
  let from = anchor;
  for (let i = units.findIndex((unit) => unit.start >= anchor) - 1; i >= 0; i--) {
    if (span(units[i]!.start, anchor) > width / 4) break;
    from = units[i]!.start;
  }
  if (!ranges.length || from <= units[0]!.start) from = 0;
  let to = from;
  for (const unit of units) {
    if (unit.start < from) continue;
    if (span(from, unit.end) > width) break;
    to = unit.end;
  }
  // Keep the shad or punctuation that closes the last unit shown.
  while (to < text.length && !/[\s\p{L}\p{N}]/u.test(text[to]!) && span(from, to + 1) <= width + 2) to++;
  return [from, Math.max(to, Math.min(text.length, from + 1))];
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function joinPlain(segments: Segment[]): Segment[] {
  const joined: Segment[] = [];
  for (const segment of segments) {
    const last = joined[joined.length - 1];
    if (last && !last.mark && !segment.mark) last.text += segment.text;
    else joined.push({ ...segment });
  }
  return joined;
}
