import { describe, expect, it } from 'vitest';
import { foldTibetan, tibetanSearchSyllables } from './normalize.ts';

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

  it('splits a sentence into syllables without tsheg, shad or spaces', () => {
    expect(tibetanSearchSyllables('མེ་སྐྱོན་མཐོང་ན་ ༡༡༩ ལ་ཁ་པར་གཏོང༌།')).toEqual([
      'མེ', 'སྐྱོན', 'མཐོང', 'ན', '119', 'ལ', 'ཁ', 'པར', 'གཏོང',
    ]);
  });
});
