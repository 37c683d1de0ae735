import { describe, expect, it } from 'vitest';
import { checkTibetanText } from '../tibetan/text-rules.ts';
import { tibetanDigits } from './bo.ts';
import { formatFor } from './index.ts';

// Local time on purpose: a reader's date is the date on their own phone.
const DAY = new Date(2026, 11, 3, 14, 5);
const MB = 1024 * 1024;

describe('Tibetan formats', () => {
  const bo = formatFor('bo');
  it('write dates by month and day number in Tibetan digits, as PRC Tibetan print does', () => {
    expect(bo.date(DAY)).toBe('སྤྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༢ ཚེས་ ༣');
    expect(bo.dateTime(DAY)).toBe('སྤྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༢ ཚེས་ ༣ ཆུ་ཚོད་ ༡༤:༠༥');
  });
  it.each([
    [0, '༡ KB'],
    [1536, '༢ KB'],
    [3.46 * MB, '༣.༥ MB'],
    [10240.5 * MB, '༡༠.༠ GB'],
    [1023.97 * MB, '༡.༠ GB'],
    [Number.NaN, '–'],
  ])('write %s bytes as %s', (bytes, text) => {
    expect(bo.bytes(bytes)).toBe(text);
  });
  it('write numbers in Tibetan digits', () => {
    expect(bo.number(119)).toBe('༡༡༩');
    expect(bo.number(2.5, 1)).toBe('༢.༥');
    expect(tibetanDigits('119 / 12119')).toBe('༡༡༩ / ༡༢༡༡༩');
  });
  it('write counts and scores as they are, negative and decimal ones too, in Tibetan digits', () => {
    expect(bo.count(12)).toBe('༡༢');
    expect(bo.count(-30)).toBe('-༣༠');
    expect(bo.count(2.5)).toBe('༢.༥');
    expect(formatFor('zh').count(-30)).toBe('-30');
  });
  it('produce text that passes the Tibetan text rules and has no Latin letters but unit symbols', () => {
    for (const text of [bo.date(DAY), bo.dateTime(DAY), bo.bytes(5 * MB), bo.number(74)]) {
      expect(checkTibetanText(text)).toEqual([]);
      expect(text.replace(/\b[KMG]B\b/g, '')).not.toMatch(/[A-Za-z0-9]/);
    }
  });
});

describe('Chinese formats', () => {
  const zh = formatFor('zh');
  it('write dates and times as Chinese phones do', () => {
    expect(zh.date(DAY)).toBe('2026年12月3日');
    expect(zh.dateTime(DAY)).toBe('2026年12月3日 14:05');
  });
  it.each([
    [0, '1 KB'],
    [1024 * 1024 - 1, '1024 KB'],
    [3.46 * MB, '3.5 MB'],
    [10240.5 * MB, '10.0 GB'],
    [Number.NaN, '–'],
  ])('write %s bytes as %s', (bytes, text) => {
    expect(zh.bytes(bytes)).toBe(text);
  });
});
