import { searchUnits } from './search-units.ts';

/**
 * The lookup key of a glossary cell or of what the reader typed: folded like the search index
 * (so ༡༡༩ finds 119 and U+0F0C is a tsheg), one space between units. Matching is by substring, so
 * a half-typed syllable (ཟོ) or Wylie (me z) already finds its term.
 */
export const lookupKey = (text: string) =>
  searchUnits(text)
    .map((unit) => unit.key)
    .join(' ');

/** Whether a glossary row (its fields' keys) matches a query key; an empty query matches every row. */
export const rowMatches = (rowKeys: readonly string[], queryKey: string) =>
  !queryKey || rowKeys.some((key) => key.includes(queryKey));
