import { expect, it } from 'vitest';
import { formatMessage } from './format-message.ts';

it.each([
  ['第 {n} 题', { n: 3 }, '第 3 题'],
  ['{right} / {total}', { right: 7, total: 10 }, '7 / 10'],
  ['{n} {n}', { n: 'ཀ' }, 'ཀ ཀ'],
  ['没有占位符', {}, '没有占位符'],
  ['缺 {n}', {}, '缺 {n}'],
  ['{a}{b}', { a: '$&', b: '$1' }, '$&$1'],
])('%s with %o is %s', (template, values, expected) => {
  expect(formatMessage(template, values)).toBe(expected);
});

it('writes number values with the given count and keeps strings as given', () => {
  const tibetan = (value: number) => String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0x0f20 + Number(d)));
  expect(formatMessage('འབྲས་བུ་ {n} རྙེད།', { n: 12 }, tibetan)).toBe('འབྲས་བུ་ ༡༢ རྙེད།');
  expect(formatMessage('{phone} {n}', { phone: '119', n: 119 }, tibetan)).toBe('119 ༡༡༩');
});
