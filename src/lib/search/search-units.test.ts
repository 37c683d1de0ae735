import { describe, expect, it } from 'vitest';
import { indexTerms, phrases, searchUnits, termKind } from './search-units.ts';

const keys = (text: string) => searchUnits(text).map((unit) => `${unit.joined ? '+' : ''}${unit.key}`);

describe('searchUnits', () => {
  it.each([
    ['Chinese: one unit per character, joined inside a run', '消防安全', ['消', '+防', '+安', '+全']],
    ['Chinese punctuation breaks a phrase', '火灾，报警', ['火', '+灾', '报', '+警']],
    ['Tibetan: one unit per syllable, joined across a tsheg', 'མེ་སྐྱོན།', ['མེ', '+སྐྱོན']],
    ['a shad or a space breaks a Tibetan phrase', 'མེ་ཤོར། ཁ་པར', ['མེ', '+ཤོར', 'ཁ', '+པར']],
    ['U+0F0C joins like a tsheg', 'དང༌།', ['དང']],
    ['Tibetan digits are a word of their own', 'ཟླ༡༡ཚེས', ['ཟླ', '11', 'ཚེས']],
    ['digits and Latin are words', '拨打119，GPS', ['拨', '+打', '119', 'gps']],
    ['mixed script', '119 ལ་ཁ་པར་ 火警', ['119', 'ལ', '+ཁ', '+པར', '火', '+警']],
    [
      'markup is only letters and punctuation',
      '<img src=x onerror=alert(1)>',
      ['img', 'src', 'x', 'onerror', 'alert', '1'],
    ],
    ['nothing searchable', ' ་།，', []],
  ])('%s', (_name, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('gives offsets in the original text', () => {
    const text = 'ཁ་པར་༡༡༩';
    expect(searchUnits(text).map(({ start, end }) => text.slice(start, end))).toEqual(['ཁ', 'པར', '༡༡༩']);
  });

  it('groups joined units into phrases', () => {
    expect(phrases(searchUnits('消防 མེ་ཟོན 119')).map((run) => run.map((unit) => unit.key))).toEqual([
      ['消', '防'],
      ['མེ', 'ཟོན'],
      ['119'],
    ]);
  });
});

describe('indexTerms', () => {
  it.each([
    ['Chinese: characters and character pairs', '灭火器', ['灭', '火', '灭火', '器', '火器']],
    ['Tibetan: syllables and syllable pairs', 'མེ་ཟོན་བདེ', ['མེ', 'ཟོན', 'མེ་ཟོན', 'བདེ', 'ཟོན་བདེ']],
    ['a fused particle adds the stem, alone and in its pair', 'སློབ་གྲྭའི', ['སློབ', 'གྲྭའི', 'གྲྭ', 'སློབ་གྲྭའི', 'སློབ་གྲྭ']],
    ['no pairs across a shad, a space or scripts', 'མེ། ཟོན 119火', ['མེ', 'ཟོན', '119', '火']],
  ])('%s', (_name, text, expected) => {
    expect(indexTerms(searchUnits(text))).toEqual(expected);
  });
});

describe('termKind', () => {
  it.each([
    ['火灾', 'han'],
    ['མེ་སྐྱོན', 'bo'],
    ['119', 'word'],
    ['gps', 'word'],
  ])('%s is %s', (term, kind) => {
    expect(termKind(term)).toBe(kind);
  });
});
