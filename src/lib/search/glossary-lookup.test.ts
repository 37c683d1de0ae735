import { describe, expect, it } from 'vitest';
import { lookupKey, rowMatches } from './glossary-lookup.ts';

const row = ['消防安全', 'མེ་ཟོན་བདེ་འཇགས', "me zon bde 'jags", '119 ༡༡༩'].map(lookupKey);

describe('glossary lookup', () => {
  it.each([
    ['Chinese', '消防'],
    ['Chinese from the middle', '防安'],
    ['Tibetan syllables', 'ཟོན་བདེ'],
    ['a half-typed syllable', 'ཟོ'],
    ['with a trailing tsheg', 'མེ་ཟོན་'],
    ['U+0F0C for the tsheg', 'མེ༌ཟོན'],
    ['Wylie, any case', 'ME ZON'],
    ['Tibetan digits for ASCII digits', '༡༡༩'],
    ['an empty query', ' '],
  ])('finds a term by %s', (_name, query) => {
    expect(rowMatches(row, lookupKey(query))).toBe(true);
  });

  it.each([
    ['another word', '火灾'],
    ['syllables not in the term', 'ཟོན་འཇགས'],
  ])('does not find it by %s', (_name, query) => {
    expect(rowMatches(row, lookupKey(query))).toBe(false);
  });
});
