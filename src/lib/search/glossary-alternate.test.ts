import { describe, expect, it } from 'vitest';
import { glossaryAlternate, termForms } from './glossary-alternate.ts';
import type { GlossaryPair } from './search-record.ts';

const glossary: GlossaryPair[] = [
  { zh: '火灾', bo: 'མེ་སྐྱོན' },
  { zh: '火灾成因', bo: 'མེ་སྐྱོན་འབྱུང་རྐྱེན' },
  { zh: '灭火器', bo: 'མེ་གསོད་འཕྲུལ་ཆས', variants: ['མེ་གསོད་ཡོ་ཆས'] },
  { zh: '燃气（液化气）', bo: 'རླངས་རྫས' },
  { zh: '村', bo: 'གྲོང་ཚོ' },
];

describe('glossaryAlternate', () => {
  it.each([
    ['a Chinese term becomes Tibetan', '火灾', { query: 'མེ་སྐྱོན', language: 'bo' }],
    ['a Tibetan term becomes Chinese', 'མེ་སྐྱོན', { query: '火灾', language: 'zh' }],
    ['Tibetan digits and U+0F0C make no difference', 'མེ༌སྐྱོན', { query: '火灾', language: 'zh' }],
    ['the longest term wins', '火灾成因', { query: 'མེ་སྐྱོན་འབྱུང་རྐྱེན', language: 'bo' }],
    ['the rest of the query stays', '火灾 119', { query: 'མེ་སྐྱོན 119', language: 'bo' }],
    ['a term inside a longer phrase', 'མེ་སྐྱོན་མཐོང', { query: '火灾 མཐོང', language: 'zh' }],
    ['a variant spelling leads to the term', 'མེ་གསོད་ཡོ་ཆས', { query: '灭火器', language: 'zh' }],
    ['either form of 燃气（液化气）', '液化气', { query: 'རླངས་རྫས', language: 'bo' }],
    ['a Tibetan term becomes the main Chinese form', 'རླངས་རྫས', { query: '燃气', language: 'zh' }],
    ['a one-character term when it is the whole query', '村', { query: 'གྲོང་ཚོ', language: 'bo' }],
  ])('%s: %s', (_name, query, expected) => {
    expect(glossaryAlternate(query, glossary)).toEqual(expected);
  });

  it.each([
    ['no term', '酥油灯'],
    ['a one-character term inside a longer query', '村里'],
    ['a term split by a space is two words', '火 灾'],
  ])('none for %s: %s', (_name, query) => {
    expect(glossaryAlternate(query, glossary)).toBeUndefined();
  });
});

describe('termForms', () => {
  it.each([
    ['燃气（液化气）', ['燃气', '液化气']],
    ['宾馆、旅馆', ['宾馆', '旅馆']],
    ['“三合一”场所', ['三合一场所']],
    ['མེ་སྐྱོན', ['མེ་སྐྱོན']],
  ])('%s', (field, forms) => {
    expect(termForms(field)).toEqual(forms);
  });
});
