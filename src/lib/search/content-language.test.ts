import { describe, expect, it } from 'vitest';
import { contentLanguage } from './content-language.ts';

describe('contentLanguage', () => {
  it.each([
    ['消防车通道', 'bo', 'zh-CN'],
    ['མེ་གསོད་འཕྲུལ་ཆས', 'zh', 'bo'],
    ['第二十八条 མེ་གསོད་རླངས་འཁོར་འགྲོ་ལམ་དང་ཕྱིར་ཐོན་སྒོ་བཀག་མི་ཆོག', 'bo', 'bo'],
    ['…为了预防火灾和减少火灾危害，加强应急救援 དམིགས་ཡུལ', 'bo', 'zh-CN'],
    ['119', 'bo', 'bo'],
    ['119', 'zh', 'zh-CN'],
  ] as const)('%s on a %s page is %s', (text, locale, lang) => {
    expect(contentLanguage(text, locale)).toBe(lang);
  });
});
