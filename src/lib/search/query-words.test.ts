import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from './lexicon.ts';
import { alternateQuery, queryWords } from './query-words.ts';

const lexicon: LexiconEntry[] = [
  { zh: ['一氧化碳中毒', '煤气中毒', '中煤毒'], bo: ['དུག་རླངས་ཕོག་པ', 'དུག་རླངས་ཕོག'], first: [7] },
  { zh: ['孩子', '小孩', '儿童'], bo: ['བྱིས་པ', 'ཕྲུ་གུ'], unused: ['儿童'] },
  { zh: ['电动车', '电瓶车'], bo: ['གློག་འཁོར', 'གློག་རྟ'] },
  { zh: ['火灾', '着火'], bo: ['མེ་སྐྱོན', 'མེ་ཤོར'] },
  { zh: ['帐篷'], bo: ['སྦྲ་གུར', 'གུར'] },
];
/** Each word as `typed=alternative|alternative`. */
const words = (query: string) =>
  queryWords(query, lexicon)
    .flat()
    .map((word) => word.alternatives.join('|'));

describe('queryWords: everyday words also search as the words the pages use', () => {
  it.each([
    ['a colloquial Chinese word', '煤气中毒', ['煤气中毒|一氧化碳中毒|中煤毒']],
    ['a word inside a phrase is cut out of it', '小孩玩火', ['小孩|孩子', '玩火']],
    ['two everyday words in one phrase', '帐篷着火', ['帐篷', '着火|火灾']],
    ['a word no page uses is not searched for', '儿童', ['儿童|孩子|小孩']],
    ['e-bike by its everyday name', '电瓶车充电', ['电瓶车|电动车', '充电']],
    ['a colloquial Tibetan word', 'ཕྲུ་གུ', ['ཕྲུ་གུ|བྱིས་པ']],
    ['a Tibetan word inside a phrase', 'གློག་རྟ་གློག་སྣོན', ['གློག་རྟ|གློག་འཁོར', 'གློག་སྣོན']],
    ['Tibetan fire words', 'སྦྲ་གུར་མེ་ཤོར', ['སྦྲ་གུར|གུར', 'མེ་ཤོར|མེ་སྐྱོན']],
    ['U+0F0C is a tsheg', 'ཕྲུ༌གུ', ['ཕྲུ་གུ|བྱིས་པ']],
    ['a one-syllable word only as the whole query', 'གུར', ['གུར|སྦྲ་གུར']],
    ['no lexicon word', '酥油灯', ['酥油灯']],
  ])('%s: %s', (_name, query, expected) => {
    expect(words(query)).toEqual(expected);
  });

  it('keeps the guides a word is the subject of', () => {
    expect(queryWords('煤气中毒', lexicon)[0]![0]!.first).toEqual([7]);
  });
});

describe('alternateQuery: the query in the other language', () => {
  it.each([
    ['煤气中毒', { query: 'དུག་རླངས་ཕོག་པ', language: 'bo' }],
    ['小孩玩火', { query: 'བྱིས་པ 玩火', language: 'bo' }],
    ['ཕྲུ་གུ', { query: '孩子', language: 'zh' }],
    ['གློག་རྟ', { query: '电动车', language: 'zh' }],
  ])('%s', (query, expected) => {
    expect(alternateQuery(queryWords(query, lexicon))).toEqual(expected);
  });

  it('is undefined without a lexicon word', () => {
    expect(alternateQuery(queryWords('酥油灯', lexicon))).toBeUndefined();
  });
});
