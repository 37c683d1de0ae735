import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, readSearchParams, writeSearchParams } from './search-params.ts';

describe('search page address', () => {
  it.each([
    ['?q=%E7%81%AB%E7%81%BE', { query: '火灾', type: undefined, badType: undefined }],
    ['?q=119&type=law', { query: '119', type: 'law', badType: undefined }],
    ['?type=nonsense', { query: '', type: undefined, badType: 'nonsense' }],
    ['', { query: '', type: undefined, badType: undefined }],
    [`?q=${'a'.repeat(500)}`, { query: 'a'.repeat(MAX_QUERY_LENGTH), type: undefined, badType: undefined }],
  ])('reads %s', (search, params) => {
    expect(readSearchParams(search)).toEqual(params);
  });

  it.each([
    ['', '火灾', undefined, '?q=%E7%81%AB%E7%81%BE'],
    ['?q=a&type=law', 'b', 'guide', '?q=b&type=guide'],
    ['?q=a&type=law', '', undefined, ''],
    ['?lang=1&q=a', 'a', 'quiz', '?lang=1&q=a&type=quiz'],
  ] as const)('writes %s with %s and %s', (search, query, type, written) => {
    expect(writeSearchParams(search, query, type)).toBe(written);
  });
});
