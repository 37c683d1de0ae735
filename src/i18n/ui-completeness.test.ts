import { describe, expect, it } from 'vitest';
import { bo } from './ui/bo.ts';
import { zh, type UiKey } from './ui/zh.ts';

/**
 * A Tibetan string that is much shorter than its Chinese has usually dropped part of what the
 * Chinese says (a reason, a step, a word such as "question" in 下一题). Length is counted in units a
 * reader reads: a Chinese character, a Tibetan syllable (between tsheg, shad or space), and a run
 * of Latin letters or digits (119, A4, npm) as one unit in either language. Placeholders such as
 * {n} count in neither. A typical complete Tibetan draft is 1.0–1.5× the Chinese.
 */
const MIN_RATIO = 0.7;

const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, ' ');
const latinRuns = (text: string) => withoutPlaceholders(text).match(/[A-Za-z0-9]+/g)?.length ?? 0;
const chineseUnits = (text: string) =>
  (withoutPlaceholders(text).match(/\p{Script=Han}/gu)?.length ?? 0) + latinRuns(text);
const tibetanUnits = (text: string) =>
  (withoutPlaceholders(text).match(/[\u0F40-\u0FBC]+/gu)?.length ?? 0) + latinRuns(text);

/**
 * Reviewed: short Tibetan that says all the Chinese says. Each reason names what makes the
 * Chinese longer; a string whose Tibetan changes must be looked at again.
 */
const COMPLETE_THOUGH_SHORT: Partial<Record<UiKey, string>> = {
  'review.notes': '备注 is one word, "note": མཆན',
  'quiz.yourName': '姓名 is family and given name; a Tibetan name has no family part, མིང is the whole name',
  'screen.qrOn': '显示 is one verb, "show": སྟོན',
  'screen.qrOff': '不显示, "not show": མི་སྟོན, both words',
  'search.submit': '搜索 is one verb, "search": འཚོལ',
  'quiz.chooseOne': 'answer, one, choose: ལན་གཅིག་འདེམས; 个 is a measure word Tibetan does not use',
  'search.count': 'results, n, found: འབྲས་བུ་ {n} རྙེད; 个 is a measure word Tibetan does not use',
  'location.button': '我的 is one syllable in Tibetan (ངའི); my, place, show: ངའི་གནས་ས་སྟོན',
  'glossary.attested': 'source, has: ཁུངས་ཡོད',
  'quiz.check': 'answer, look: ལན་ལྟ',
  'quiz.usePaper': '这个 is one word in Tibetan (འདི); code, this, use: ཨང་རྟགས་འདི་བཀོལ',
  'classroom.team': '参赛队 is one compound, "competing team": འགྲན་ཚོགས',
};

const keys = Object.keys(zh) as UiKey[];
const ratio = (key: UiKey) => tibetanUnits(bo[key]) / Math.max(1, chineseUnits(zh[key]));

describe('every Tibetan UI string carries all that its Chinese says', () => {
  it('counts Chinese characters against Tibetan syllables, Latin and digit runs as one each', () => {
    expect(chineseUnits('例如：灭火器、119。')).toBe(6);
    expect(tibetanUnits('དཔེར་ན། མེ་གསོད་འཕྲུལ་ཆས་དང་ 119')).toBe(8);
    expect(tibetanUnits('ལན་ {n} རྙེད།')).toBe(2);
  });

  it(`no Tibetan string is under ${MIN_RATIO} of its Chinese unless reviewed as complete`, () => {
    const short = keys
      .filter((key) => ratio(key) < MIN_RATIO && !(key in COMPLETE_THOUGH_SHORT))
      .map((key) => `${key} ${ratio(key).toFixed(2)}: ${zh[key]} | ${bo[key]}`);
    expect(short).toEqual([]);
  });

  it('the allow-list holds only strings that are still short, so it cannot hide a changed one', () => {
    const stale = Object.keys(COMPLETE_THOUGH_SHORT).filter((key) => ratio(key as UiKey) >= MIN_RATIO);
    expect(stale).toEqual([]);
  });
});
