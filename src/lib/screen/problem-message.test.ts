import { describe, expect, it } from 'vitest';
import { problemMessage } from './problem-message.ts';

const TEMPLATE = '网址中的 {param}={value} 无效，已改用默认设置。可用的值：{expected}';

describe('the note about a bad URL parameter', () => {
  it.each([
    ['interval', 'abc', '3–120', '网址中的 interval=abc 无效，已改用默认设置。可用的值：3–120'],
    ['order', '$&$1', 'bo-zh | zh-bo', '网址中的 order=$&$1 无效，已改用默认设置。可用的值：bo-zh | zh-bo'],
    ['qr', '{expected}', '0 | 1', '网址中的 qr={expected} 无效，已改用默认设置。可用的值：0 | 1'],
    ['playlist', '<b>x</b>', 'general', '网址中的 playlist=<b>x</b> 无效，已改用默认设置。可用的值：general'],
  ] as const)('%s=%s is quoted literally', (param, received, expected, message) => {
    expect(problemMessage(TEMPLATE, { param, received, expected })).toBe(message);
  });
});
