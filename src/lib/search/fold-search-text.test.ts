import { describe, expect, it } from 'vitest';
import { foldSearchText } from './fold-search-text.ts';

describe('foldSearchText', () => {
  it.each([
    ['Tibetan digits become ASCII digits', 'ཨང་༡༡༩', 'ཨང་119'],
    ['full-width digits and letters become ASCII', '１１９ＧＰＳ', '119gps'],
    ['Latin is lower-cased', 'GPS LPG', 'gps lpg'],
    ['U+0F0C becomes a tsheg', 'ང༌།', 'ང་།'],
    ['Chinese is unchanged', '消防安全', '消防安全'],
    ['invisible characters go', 'མེ\u200B་', 'མེ་'],
  ])('%s', (_name, input, folded) => {
    expect(foldSearchText(input).text).toBe(folded);
  });

  it('maps every folded character back to where it came from', () => {
    const source = 'A\u200B༡𠀀b';
    const { text, sourceIndex } = foldSearchText(source);
    expect(text).toBe('a1𠀀b');
    // 𠀀 is two UTF-16 units; both point at its start. The extra entry is the end of the source.
    expect(sourceIndex).toEqual([0, 2, 3, 3, 5, 6]);
  });
});
