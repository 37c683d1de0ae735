import { describe, expect, it } from 'vitest';
import { SENTENCE_PLACEHOLDER, reportLinks, reportText } from './report-text.ts';

const facts = { url: 'https://xf.example.cn/bo/guides/winter-stoves/', lang: 'bo', version: '2026-12-03' };

describe('reportText', () => {
  it('names the page, language, version and the sentence, in both languages', () => {
    const text = reportText({ ...facts, sentence: ' ཉལ་བའི་སྔོན་ལ་མེ་ཉར་མི་རུང༌། ' });
    expect(text.split('\n')).toEqual([
      '藏文问题报告 / བོད་ཡིག་གི་ནོར་འཁྲུལ་སྙན་ཞུ',
      '页面 / ཤོག་ངོས། https://xf.example.cn/bo/guides/winter-stoves/',
      '语言 / སྐད་ཡིག། bo',
      '版本 / པར་གཞི། 2026-12-03',
      '句子 / ཚིག་གྲུབ། ཉལ་བའི་སྔོན་ལ་མེ་ཉར་མི་རུང༌།',
      '问题 / ནོར་འཁྲུལ། ',
    ]);
  });
  it('leaves a place for the sentence when the page does not know it', () => {
    expect(reportText(facts)).toContain(SENTENCE_PLACEHOLDER);
  });
});

describe('reportLinks', () => {
  it('puts the whole text into the SMS and the e-mail', () => {
    const text = reportText(facts);
    const links = reportLinks(text, { email: 'xf@example.cn', phone: '0975-1234567' });
    expect(decodeURIComponent(links.sms.split('body=')[1]!)).toBe(text);
    expect(links.sms.startsWith('sms:0975-1234567?&body=')).toBe(true);
    expect(links.mail.startsWith('mailto:xf@example.cn?subject=')).toBe(true);
    expect(decodeURIComponent(links.mail.split('body=')[1]!)).toBe(text);
  });
});
