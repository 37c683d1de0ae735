import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTibetanText } from '../tibetan/text-rules.ts';
import { articleLabel, lawArticleLabel, lawChapterLabel } from './article-label.ts';
import { lawChapterHeading } from './chapter-heading.ts';

const statute = JSON.parse(readFileSync('content/law/statute.json', 'utf8')) as {
  chapters: { number: number; heading: string; title: string }[];
};

describe('article labels', () => {
  it('match the label the statute prints, for all 74 articles', () => {
    for (let n = 1; n <= 74; n++) {
      const { label } = JSON.parse(readFileSync(`content/law/articles/${n}.json`, 'utf8')) as { label: string };
      expect(articleLabel(n)).toBe(label);
      expect(lawArticleLabel('zh', n)).toBe(label);
    }
  });

  it.each([
    [1, 'དོན་ཚན་དང་པོ'],
    [2, 'དོན་ཚན་གཉིས་པ'],
    [10, 'དོན་ཚན་བཅུ་པ'],
    [15, 'དོན་ཚན་བཅོ་ལྔ་པ'],
    [18, 'དོན་ཚན་བཅོ་བརྒྱད་པ'],
    [20, 'དོན་ཚན་ཉི་ཤུ་པ'],
    [28, 'དོན་ཚན་ཉེར་བརྒྱད་པ'],
    [44, 'དོན་ཚན་ཞེ་བཞི་པ'],
    [51, 'དོན་ཚན་ང་གཅིག་པ'],
    [60, 'དོན་ཚན་དྲུག་ཅུ་པ'],
    [63, 'དོན་ཚན་རེ་གསུམ་པ'],
    [74, 'དོན་ཚན་དོན་བཞི་པ'],
  ])('article %i reads %s in Tibetan (glossary law-article-label)', (n, label) => {
    expect(lawArticleLabel('bo', n)).toBe(label);
  });

  it('read in Tibetan words with no Chinese and no digits, for all 74 articles', () => {
    for (let n = 1; n <= 74; n++) {
      const label = lawArticleLabel('bo', n);
      expect(label).not.toMatch(/[\u4e00-\u9fff0-9]/);
      expect(checkTibetanText(label)).toEqual([]);
    }
  });

  it('refuses numbers that are not article numbers', () => {
    expect(() => articleLabel(0)).toThrow(RangeError);
    expect(() => articleLabel(1.5)).toThrow(RangeError);
    expect(() => lawArticleLabel('bo', 100)).toThrow(RangeError);
  });
});

describe('chapter labels and headings', () => {
  it('match the headings the statute prints in Chinese', () => {
    for (const chapter of statute.chapters) expect(lawChapterHeading('zh', chapter)).toBe(chapter.heading);
  });

  it('use Tibetan ordinals and a shad before the title in Tibetan', () => {
    expect(lawChapterLabel('bo', 2)).toBe('ལེའུ་གཉིས་པ');
    expect(lawChapterHeading('bo', statute.chapters[1]!)).toBe('ལེའུ་གཉིས་པ། མེ་སྐྱོན་སྔོན་འགོག');
    for (const chapter of statute.chapters) {
      const heading = lawChapterHeading('bo', chapter);
      expect(heading).not.toMatch(/[\u4e00-\u9fff]/);
      expect(checkTibetanText(heading)).toEqual([]);
    }
  });
});
