import { describe, expect, it } from 'vitest';
import { foldTibetan, foldTibetanChar, tibetanSearchSyllables, tibetanSyllableStem } from './normalize.ts';

describe('Tibetan search keys', () => {
  it.each([
    ['Tibetan digits fold to ASCII', '༡༡༩', '119'],
    ['the non-breaking tsheg folds to the tsheg', 'ང༌།', 'ང་།'],
    ['fixed-form subjoined letters fold to the usual ones', 'བསྒྼུབས', 'བསྒྲུབས'],
    ['discouraged precomposed vowels are decomposed', '\u0F40\u0F73', '\u0F40\u0F71\u0F72'],
    ['invisible characters are dropped', 'མེ\u200B་སྐྱོན', 'མེ་སྐྱོན'],
  ])('%s', (_name, input, folded) => {
    expect(foldTibetan(input)).toBe(folded);
  });

  it.each([
    ['༠', '0'],
    ['༩', '9'],
    ['\u0F0C', '\u0F0B'],
    ['\u0F6A', '\u0F62'],
    ['\u0FBB', '\u0FB1'],
    ['\u0FBA', '\u0FAD'],
    ['\uFEFF', ''],
    ['\u2060', ''],
    ['ཀ', 'ཀ'],
    ['火', '火'],
    ['a', 'a'],
  ])('folds %s one character at a time to %s', (input, folded) => {
    expect(foldTibetanChar(input)).toBe(folded);
  });

  it('splits a sentence into syllables without tsheg, shad or spaces', () => {
    expect(tibetanSearchSyllables('མེ་སྐྱོན་མཐོང་ན་ ༡༡༩ ལ་ཁ་པར་གཏོང༌།')).toEqual([
      'མེ',
      'སྐྱོན',
      'མཐོང',
      'ན',
      '119',
      'ལ',
      'ཁ',
      'པར',
      'གཏོང',
    ]);
  });
});

describe('Tibetan syllable stems', () => {
  it.each([
    ['genitive འི', 'གྲྭའི', 'གྲྭ'],
    ['genitive འི after a vowel-less syllable', 'རའི', 'ར'],
    ['terminative འོ', 'ཡིནའོ', 'ཡིན'],
    ['concessive འང', 'ལའང', 'ལ'],
    ['alternative འམ', 'རྡོའམ', 'རྡོ'],
    ['a syllable without a particle stays', 'མེ', 'མེ'],
    ['ལེའུ (chapter) is one word, not ལེ + particle', 'ལེའུ', 'ལེའུ'],
    ['a lone འི is not a particle of anything', 'འི', 'འི'],
    ['a final ས may be a plain suffix, so it stays', 'གྲྭས', 'གྲྭས'],
  ])('%s: %s → %s', (_name, syllable, stem) => {
    expect(tibetanSyllableStem(syllable)).toBe(stem);
  });
});
