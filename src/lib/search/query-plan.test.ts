import { describe, expect, it } from 'vitest';
import { queryClauses, type MatchMode } from './query-plan.ts';

/** `+term` required, `term` optional, `term*` prefix. */
const plan = (query: string, mode: MatchMode) =>
  queryClauses(query, mode).map(({ term, required, prefix }) => `${required ? '+' : ''}${term}${prefix ? '*' : ''}`);

describe('queryClauses', () => {
  it.each([
    ['one Chinese character is required', '烫', 'exact', ['+烫']],
    ['a Chinese phrase needs its pairs; characters only rank', '灭火器', 'exact', ['灭', '火', '器', '+灭火', '+火器']],
    ['one syllable is required', 'མེ', 'exact', ['+མེ']],
    ['several syllables need their pairs', 'མེ་ཟོན་བདེ', 'exact', ['མེ', 'ཟོན', 'བདེ', '+མེ་ཟོན', '+ཟོན་བདེ']],
    ['Tibetan digits fold to ASCII', '༡༡༩', 'exact', ['+119']],
    ['mixed script: each phrase is required', '119 ལ་ཁ', 'exact', ['+119', 'ལ', 'ཁ', '+ལ་ཁ']],
    [
      'prefix: the last syllable may be half typed',
      'མེ་གསོད་འཕྲུལ་ཆ',
      'prefix',
      ['མེ', 'གསོད', 'འཕྲུལ', 'ཆ', '+མེ་གསོད', '+གསོད་འཕྲུལ', '+འཕྲུལ་ཆ*'],
    ],
    ['prefix: a tsheg after the last syllable closes it', 'མེ་གསོ་', 'prefix', ['མེ', 'གསོ', '+མེ་གསོ']],
    ['prefix: a Chinese character is never half typed', '灭火', 'prefix', ['灭', '火', '+灭火']],
    ['prefix: a Latin word may be half typed', 'gp', 'prefix', ['+gp*']],
    ['any: nothing required; Chinese pairs, not lone characters', '液化气', 'any', ['液化', '化气']],
    ['any: syllables count', 'མེ་ཟོན', 'any', ['མེ', 'ཟོན', 'མེ་ཟོན']],
    ['punctuation and markup are not terms', '<b>', 'exact', ['+b']],
    ['an empty query has no clauses', ' ། ', 'exact', []],
  ] as const)('%s', (_name, query, mode, expected) => {
    expect(plan(query, mode)).toEqual(expected);
  });
});
