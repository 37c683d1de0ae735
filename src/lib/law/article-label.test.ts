import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleLabel } from './article-label.ts';

describe('article labels', () => {
  it('match the label the statute prints, for all 74 articles', () => {
    for (let n = 1; n <= 74; n++) {
      const { label } = JSON.parse(readFileSync(`content/law/articles/${n}.json`, 'utf8')) as { label: string };
      expect(articleLabel(n)).toBe(label);
    }
  });

  it('refuses numbers that are not article numbers', () => {
    expect(() => articleLabel(0)).toThrow(RangeError);
    expect(() => articleLabel(1.5)).toThrow(RangeError);
  });
});
