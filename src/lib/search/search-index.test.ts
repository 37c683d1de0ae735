import { describe, expect, it } from 'vitest';
import { buildSearchIndex, decodePostings, LEAD_WEIGHT, TITLE_WEIGHT } from './search-index.ts';
import type { SearchRecord } from './search-record.ts';

const record = (title: string, text: string): SearchRecord => ({ url: `/zh/${title}/`, title, type: 'guide', text });

describe('buildSearchIndex', () => {
  const file = buildSearchIndex(
    'zh',
    [record('火', '灭火 灭火'), { ...record('水', '119 火'), lead: '119' }],
    [
      { zh: ['火灾', '着火'], bo: ['མེ་སྐྱོན'] },
      { zh: ['水'], bo: [], guides: ['水'] },
    ],
  );
  const termList = file.terms.split('\n');
  const postingsOf = (term: string) => decodePostings(file.postings[termList.indexOf(term)]!);

  it('lists every term once, in code-unit order', () => {
    expect(termList).toEqual([...new Set(termList)].sort((a, b) => (a < b ? -1 : 1)));
    expect(termList).toEqual(expect.arrayContaining(['火', '灭', '灭火', '119', '水']));
  });

  it('weights a term by how often it occurs, titles counting more', () => {
    expect(postingsOf('灭火')).toEqual([{ doc: 0, weight: 2 }]);
    expect(postingsOf('火')).toEqual([
      { doc: 0, weight: TITLE_WEIGHT + 2 },
      { doc: 1, weight: 1 },
    ]);
  });

  it('counts page lengths by script', () => {
    expect(file.lengths.han).toEqual([TITLE_WEIGHT + 6, TITLE_WEIGHT + 1]);
    expect(file.lengths.word).toEqual([0, 1 + LEAD_WEIGHT]);
    expect(file.lengths.bo).toEqual([0, 0]);
  });

  it('weights a term in the lead (a key message) more than in the rest of the text', () => {
    expect(postingsOf('119')).toEqual([{ doc: 1, weight: 1 + LEAD_WEIGHT }]);
  });

  it('keeps the pages and the lexicon, noting the words no page uses and the guides by position', () => {
    expect(file.docs.map((doc) => doc.url)).toEqual(['/zh/火/', '/zh/水/']);
    expect(file.lexicon).toEqual([
      { zh: ['火灾', '着火'], bo: ['མེ་སྐྱོན'], unused: ['火灾', '着火', 'མེ་སྐྱོན'] },
      { zh: ['水'], bo: [] },
    ]);
  });
});

describe('decodePostings', () => {
  it.each([
    ['', []],
    ['3', [{ doc: 3, weight: 1 }]],
    [
      '0,a.2,1',
      [
        { doc: 0, weight: 1 },
        { doc: 10, weight: 2 },
        { doc: 11, weight: 1 },
      ],
    ],
  ])('decodes "%s"', (encoded, postings) => {
    expect(decodePostings(encoded)).toEqual(postings);
  });
});
