import { describe, expect, it } from 'vitest';
import { queryClauses, type MatchMode } from './query-plan.ts';
import { openSearchIndex } from './search-engine.ts';
import { buildSearchIndex } from './search-index.ts';
import type { SearchRecord, SearchType } from './search-record.ts';

const page = (url: string, title: string, text: string, type: SearchType = 'guide'): SearchRecord => ({
  url,
  title,
  type,
  text,
});
const engine = openSearchIndex(
  buildSearchIndex(
    'bo',
    [
      page('stoves', 'ཐབ་ཀ', 'ཐབ་ཀའི་འགྲམ་དུ་ཤིང་མ་འཇོག 119 ལ་ཁ་པར་གཏོང༌།'),
      page('extinguishers', 'མེ་གསོད་འཕྲུལ་ཆས', 'མེ་གསོད་འཕྲུལ་ཆས་སྒོ་ཁར་ཉར། 灭火器放在门口。'),
      page('lamps', 'མཆོད་མེ', 'མཆོད་མེའི་འགྲམ་དུ་ཁ་བཏགས་མ་འཇོག མེ་གསོད་དགོས།'),
      page('quiz', 'མེ་གསོད་འཕྲུལ་ཆས་གང་དུ་ཉར', 'སྒོ་ཁར།', 'quiz'),
    ],
    [],
  ),
);
const urls = (query: string, mode: MatchMode = 'exact') =>
  engine.find(queryClauses(query, mode)).map((hit) => engine.record(hit.doc)!.url);

describe('search engine', () => {
  it.each([
    ['a syllable pair finds only pages with the pair', 'འཕྲུལ་ཆས', ['extinguishers', 'quiz']],
    ['a syllable from the middle of a sentence', 'འཇོག', ['stoves', 'lamps']],
    ['a stem finds a syllable with a fused particle', 'ཐབ་ཀ', ['stoves']],
    ['pairs keep a phrase together', 'མེ་འཇོག', []],
    ['Tibetan digits find ASCII digits', '༡༡༩', ['stoves']],
    ['Chinese on a Tibetan page', '灭火器', ['extinguishers']],
    ['every phrase is required', '119 མཆོད་མེ', []],
  ])('%s: %s', (_name, query, expected) => {
    expect(urls(query)).toEqual(expected);
  });

  it('ranks a page that explains above a quiz question', () => {
    expect(urls('མེ་གསོད་འཕྲུལ་ཆས')).toEqual(['extinguishers', 'quiz']);
  });

  it('finds a half-typed last syllable only in prefix mode', () => {
    expect(urls('མེ་གསོད་འཕྲུ')).toEqual([]);
    expect(urls('མེ་གསོད་འཕྲུ', 'prefix')).toEqual(['extinguishers', 'quiz']);
  });

  it('in any mode finds pages with some of the words', () => {
    expect(urls('ཤིང 灭火器', 'any').sort()).toEqual(['extinguishers', 'stoves']);
  });
});
