import { describe, expect, it } from 'vitest';
import { checkTibetanText } from '../lib/tibetan/text-rules.ts';
import { bo } from './ui/bo.ts';
import { zh } from './ui/zh.ts';

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(bo).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.entries(bo))('Tibetan string %s follows the Tibetan text rules', (_key, text) => {
    expect(checkTibetanText(text)).toEqual([]);
  });

  it.each(Object.entries(bo))('Tibetan string %s is written in Tibetan', (_key, text) => {
    expect(text).toMatch(/[\u0F40-\u0FBC]/u);
  });
});
