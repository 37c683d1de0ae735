import { describe, expect, it } from 'vitest';
import { markdownText, plainText } from './markdown-text.ts';

describe('markdownText', () => {
  it.each([
    ['headings', '## 怎么做', '怎么做'],
    ['list markers', '- 一\n1. 二\n* 三', '一\n二\n三'],
    ['emphasis', '拨打 **119**，不要 _挂断_', '拨打 119，不要 挂断'],
    ['links keep their text', '见[第十六条](/zh/law/16/)', '见第十六条'],
    ['MDX imports and components', "import X from './x.astro';\n<X />\n正文", '正文'],
    ['blockquotes', '> 注意', '注意'],
    ['table rules and pipes', '| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |', '甲 乙\n1 2'],
    ['Tibetan untouched', 'མེ་སྐྱོན། **༡༡༩**', 'མེ་སྐྱོན། ༡༡༩'],
  ])('drops %s', (_name, markdown, text) => {
    expect(markdownText(markdown)).toBe(text);
  });
});

describe('plainText', () => {
  it('joins pieces on one line, NFC, skipping missing ones', () => {
    expect(plainText('一\n二', undefined, '  \u0F40\u0F73 ')).toBe('一 二 \u0F40\u0F71\u0F72');
  });
});
