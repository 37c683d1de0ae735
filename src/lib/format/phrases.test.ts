import { describe, expect, it } from 'vitest';
import { checkTibetanText } from '../tibetan/text-rules.ts';
import { endTibetanPhrase, phrasesFor } from './phrases.ts';

describe('Tibetan phrase ends', () => {
  it.each([
    ['འབྲེལ་ཡོད་མི་སྣ', 'འབྲེལ་ཡོད་མི་སྣ།'],
    ['ཞིབ་བཤེར་ཐོ་གཞུང', 'ཞིབ་བཤེར་ཐོ་གཞུང༌།'],
    ['ཚད་ལོན་ཐག', 'ཚད་ལོན་ཐག\u00A0།'],
    ['ཁྱིམ་ཚང་', 'ཁྱིམ་ཚང༌།'],
    ['ཡིན།', 'ཡིན།'],
    ['119', '119'],
  ])('%s ends as %s, and passes the text rules', (text, ended) => {
    expect(endTibetanPhrase(text)).toBe(ended);
    expect(checkTibetanText(endTibetanPhrase(text))).toEqual([]);
  });
});

describe('phrases per language', () => {
  it('label and join without ASCII punctuation in Tibetan', () => {
    const bo = phrasesFor('bo');
    expect(bo.label('འབྲེལ་ཡོད་མི་སྣ')).toBe('འབྲེལ་ཡོད་མི་སྣ།');
    expect(bo.join(['ཁྱིམ་ཚང', 'སློབ་གྲྭ'])).toBe('ཁྱིམ་ཚང༌། སློབ་གྲྭ');
    expect(checkTibetanText(bo.join(['ཁྱིམ་ཚང', 'སློབ་གྲྭ', 'ཁེ་ལས']))).toEqual([]);
    expect(bo.separatorAfter('ཁྱིམ་ཚང')).toBe('༌། ');
    expect(bo.separatorAfter('སློབ་གྲྭ')).toBe('། ');
    expect(bo.separatorAfter('0.1.0')).toBe('། ');
  });
  it('keep the Chinese forms', () => {
    const zh = phrasesFor('zh');
    expect(zh.label('相关人群')).toBe('相关人群：');
    expect(zh.join(['家庭', '学校'])).toBe('家庭 · 学校');
  });
});
