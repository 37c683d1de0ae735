import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';
import { queryPhrases } from './query-plan.ts';

/** Marked pieces in [brackets]. */
const show = (text: string, query: string, width?: number, prefixLast = false, loose = false) =>
  excerpt(text, queryPhrases(query), { ...(width ? { width } : {}), prefixLast, loose })
    .map((segment) => (segment.mark ? `[${segment.text}]` : segment.text))
    .join('');

describe('excerpt', () => {
  it.each([
    ['marks a Chinese phrase', '发现着火，用灭火器扑救。', '灭火器', '发现着火，用[灭火器]扑救。'],
    ['marks a Tibetan phrase in its own spelling', 'མེ་གསོད་འཕྲུལ་ཆས་ཉར།', 'མེ་གསོད', '[མེ་གསོད]་འཕྲུལ་ཆས་ཉར།'],
    ['marks a syllable with its fused particle', 'མཆོད་མེའི་འགྲམ', 'མཆོད་མེ', '[མཆོད་མེའི]་འགྲམ'],
    ['marks ༡༡༩ for 119', 'ཁ་པར་༡༡༩ ལ་གཏོང༌།', '119', 'ཁ་པར་[༡༡༩] ལ་གཏོང༌།'],
    ['marks each phrase of a mixed query, touching marks as one', '拨打119，报警', '119 报警', '拨打[119]，[报警]'],
    ['marks markup in the text as text', 'a <b>火</b> b', '火', 'a <b>[火]</b> b'],
    ['never marks a lone character of a longer Chinese phrase', '火很大，快跑', '灭火器', '火很大，快跑'],
    ['falls back to pairs of the phrase', '用灭火', '灭火器', '用[灭火]'],
  ])('%s', (_name, text, query, expected) => {
    expect(show(text, query)).toBe(expected);
  });

  it('marks a lone syllable of a longer phrase only for a page found with some of the words', () => {
    expect(show('མེ་མཐོང་ན་ཁ་པར་ཐོངས།', 'མེ་སྐྱོན')).toBe('མེ་མཐོང་ན་ཁ་པར་ཐོངས།');
    expect(show('མེ་མཐོང་ན་ཁ་པར་ཐོངས།', 'མེ་སྐྱོན', undefined, false, true)).toBe('[མེ]་མཐོང་ན་ཁ་པར་ཐོངས།');
  });

  it('marks a half-typed last syllable only when asked', () => {
    expect(show('མེ་གསོད་འཕྲུལ་ཆས', 'འཕྲུ', undefined, true)).toBe('མེ་གསོད་[འཕྲུལ]་ཆས');
    expect(show('མེ་གསོད་འཕྲུལ་ཆས', 'འཕྲུ')).toBe('མེ་གསོད་འཕྲུལ་ཆས');
  });

  it('cuts a long text around the match, with ellipses, never inside a syllable', () => {
    const text = `${'ཀ་ཁ་ག་'.repeat(30)}མེ་སྐྱོན་${'ཅ་ཆ་ཇ་'.repeat(30)}`;
    const shown = show(text, 'མེ་སྐྱོན', 40);
    expect(shown).toMatch(/^….*\[མེ་སྐྱོན\].*…$/u);
    expect(shown.length).toBeLessThan(60);
    const inner = shown.slice(1, -1);
    expect(inner).toMatch(/^[ཀཁགཅཆཇ]/u);
    expect(inner).toMatch(/[ཀཁགཅཆཇ་]$/u);
  });

  it('counts a Chinese character as twice as wide', () => {
    const text = `${'一'.repeat(100)}消防${'二'.repeat(100)}`;
    const shown = show(text, '消防', 40);
    expect(shown.replace(/[…[\]]/gu, '').length).toBeLessThanOrEqual(20);
    expect(shown).toContain('[消防]');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(show(`开头${'字'.repeat(200)}`, '水', 20)).toMatch(/^开头字+…$/u);
  });
});
