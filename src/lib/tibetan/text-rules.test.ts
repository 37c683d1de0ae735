import { describe, expect, it } from 'vitest';
import { autoFixTibetan, checkTibetanText, type TibetanRule } from './text-rules.ts';

const rulesOf = (text: string) => checkTibetanText(text).map((p) => `${p.severity}:${p.rule}`);
const u = (...codes: number[]) => String.fromCodePoint(...codes);

describe('Tibetan text rules', () => {
  it.each([
    'མེ་སྐྱོན',
    'མེ་ཟོན་བདེ་འཇགས',
    'མེ་ཟོན་རོགས་སྐྱོབ་རུ་ཆེན',
    'སློབ་རའི',
    'སྔོན་འགོག་བྱ་ཐབས',
    'ཐོག་མའི་མེ་སྐྱོན་མྱུར་གསོད',
    'བསྒྲུབས',
    'བརྒྱད',
    'དགའ',
    'མཁའ',
    'ལེའུ',
    'རྩྭ་ཐང',
    'གྲྭ',
    'ཕྱོགས',
    'བཀྲ་ཤིས་བདེ་ལེགས',
    'ཀྲུང་ཧྭ',
    'ཧྥ་རན་སི',
    'པདྨ',
    'ང༌།',
    '༡༡༩',
    'མེ་སྐྱོན་མཐོང་ན་ 119 ལ་ཁ་པར་གཏོང༌།',
    'ཀ།\u00A0།ཁ',
  ])('accepts correct text %s', (text) => {
    expect(checkTibetanText(text)).toEqual([]);
  });

  // The 20 broken sequences of tibetan-text-rules.md §4, each with the rule that must catch it.
  it.each<[string, string, TibetanRule]>([
    ['vowel before subjoined', u(0x0f40, 0x0f72, 0x0fb1), 'broken-syllable'],
    ['a-chung before subjoined', u(0x0f40, 0x0f71, 0x0fb1), 'broken-syllable'],
    ['double vowel', u(0x0f40, 0x0f7a, 0x0f7a), 'broken-syllable'],
    ['orphan subjoined after tsheg', u(0x0f40, 0x0f0b, 0x0f90, 0x0f62), 'orphan-mark'],
    ['orphan vowel', u(0x0f72, 0x0f40), 'orphan-mark'],
    ['full KA for subjoined ka', u(0x0f66, 0x0f40, 0x0f7c, 0x0f53), 'unusual-syllable'],
    ['full YA for subjoined ya', u(0x0f62, 0x0f90, 0x0f61, 0x0f7a, 0x0f53), 'unusual-syllable'],
    ['non-native stack', u(0x0f40, 0x0f90), 'unusual-syllable'],
    ['double tsheg', u(0x0f40, 0x0f0b, 0x0f0b, 0x0f41), 'double-tsheg'],
    ['zero-width space inside a stack', u(0x0f66, 0x200b, 0x0f90, 0x0fb1, 0x0f7c, 0x0f53), 'invisible-character'],
    ['discouraged U+0F73', u(0x0f40, 0x0f73), 'not-nfc'],
    ['deprecated U+0F77', u(0x0f62, 0x0f77), 'deprecated-vowel'],
    ['fixed-form subjoined ra', u(0x0f56, 0x0f66, 0x0f92, 0x0fbc, 0x0f74, 0x0f56, 0x0f66), 'unusual-syllable'],
    ['full-width comma', 'ཀ，ཁ', 'foreign-punctuation'],
    ['ASCII colon after a Tibetan label', 'འབྲེལ་ཡོད: ཁྱིམ', 'foreign-punctuation'],
    ['a middle dot between Tibetan words', 'ཁྱིམ་ཚང · སློབ་གྲྭ', 'foreign-separator'],
    ['ང་། with a breaking tsheg', u(0x0f44, 0x0f0b, 0x0f0d), 'tsheg-before-shad'],
    ['tsheg before shad', u(0x0f56, 0x0f42, 0x0f0b, 0x0f0d), 'tsheg-before-shad'],
    ['space before shad', u(0x0f40, 0x0f0b, 0x0f40, 0x0020, 0x0f0d), 'space-before-shad'],
    ['suffix འ without a prefix', u(0x0f44, 0x0f60), 'unusual-syllable'],
    ['prefix and bare root', u(0x0f51, 0x0f40), 'unusual-syllable'],
    ['མཁ without འ', u(0x0f58, 0x0f41), 'unusual-syllable'],
  ])('catches %s', (_name, text, rule) => {
    expect(checkTibetanText(text).map((p) => p.rule)).toContain(rule);
  });

  it('treats broken text as an error and unusual spelling as a warning', () => {
    expect(rulesOf(u(0x0f40, 0x0f7a, 0x0f7a))).toContain('error:broken-syllable');
    expect(rulesOf(u(0x0f51, 0x0f40))).toEqual(['warning:unusual-syllable']);
  });

  it('leaves Chinese punctuation in Chinese text alone', () => {
    expect(checkTibetanText('发现火灾，拨打119。 མེ་སྐྱོན།')).toEqual([]);
  });

  it('says where the problem is and how to fix it', () => {
    const [problem] = checkTibetanText('མེ་སྐྱོན་་ཡོད');
    expect(problem).toMatchObject({ rule: 'double-tsheg', index: 8 });
    expect(problem!.fix).toMatch(/keep one tsheg/);
  });

  it('auto-fixes only ང་། to ང༌།', () => {
    expect(autoFixTibetan('དང་། ཁ་པར་གཏོང་།')).toBe('དང༌། ཁ་པར་གཏོང༌།');
    expect(autoFixTibetan('བྱེད་།')).toBe('བྱེད་།');
  });
});
