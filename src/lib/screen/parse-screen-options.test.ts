import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREEN_OPTIONS, parseScreenOptions, queryWithoutPlaylist } from './parse-screen-options.ts';

const PLAYLISTS = ['general', 'winter-heating', 'pastoral'];

describe('screen options from the URL', () => {
  it.each([
    ['nothing set', '', {}],
    ['a WeChat share parameter is ignored', '?from=singlemessage&isappinstalled=0', {}],
    ['an interval in seconds', '?interval=20', { interval: 20 }],
    ['the shortest interval', '?interval=3', { interval: 3 }],
    ['the longest interval', '?interval=120', { interval: 120 }],
    ['Chinese first', '?order=zh-bo', { order: 'zh-bo' }],
    ['Tibetan first', '?order=bo-zh', { order: 'bo-zh' }],
    ['QR codes off', '?qr=0', { qr: false }],
    ['QR codes on', '?qr=1', { qr: true }],
    ['empty values, as a form sends them, count as not set', '?interval=&order=&qr=&playlist=', {}],
    ['a known playlist', '?playlist=pastoral', { playlist: 'pastoral' }],
    [
      'everything at once',
      'interval=8&order=zh-bo&qr=0&playlist=general',
      { interval: 8, order: 'zh-bo', qr: false, playlist: 'general' },
    ],
  ])('%s', (_name, query, expected) => {
    expect(parseScreenOptions(query, PLAYLISTS)).toEqual({
      options: { ...DEFAULT_SCREEN_OPTIONS, ...expected },
      problems: [],
    });
  });

  it.each([
    ['interval', '?interval=abc', 'abc', '3–120'],
    ['interval', '?interval=2', '2', '3–120'],
    ['interval', '?interval=121', '121', '3–120'],
    ['interval', '?interval=7.5', '7.5', '3–120'],
    ['interval', '?interval=-5', '-5', '3–120'],
    ['order', '?order=en', 'en', 'bo-zh | zh-bo'],
    ['order', '?order=BO-ZH', 'BO-ZH', 'bo-zh | zh-bo'],
    ['qr', '?qr=yes', 'yes', '0 | 1'],
    ['playlist', '?playlist=nowhere', 'nowhere', 'general | winter-heating | pastoral'],
    [
      'playlist',
      '?playlist=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '<img src=x onerror=alert(1)>',
      'general | winter-heating | pastoral',
    ],
  ] as const)('a bad %s (%s) is reported and the default used', (param, query, received, expected) => {
    const { options, problems } = parseScreenOptions(query, PLAYLISTS);
    expect(options).toEqual(DEFAULT_SCREEN_OPTIONS);
    expect(problems).toEqual([{ param, received, expected }]);
  });

  it('keeps the good values when another one is bad', () => {
    const { options, problems } = parseScreenOptions('?interval=0&order=zh-bo&qr=2', PLAYLISTS);
    expect(options).toEqual({ ...DEFAULT_SCREEN_OPTIONS, order: 'zh-bo' });
    expect(problems.map((problem) => problem.param)).toEqual(['interval', 'qr']);
  });

  it('shortens a very long bad value before it is shown', () => {
    const { problems } = parseScreenOptions(`?order=${'x'.repeat(500)}`, PLAYLISTS);
    expect(problems[0]!.received).toBe(`${'x'.repeat(40)}…`);
  });

  it('reads URLSearchParams as well as a string', () => {
    expect(parseScreenOptions(new URLSearchParams('qr=0'), PLAYLISTS).options.qr).toBe(false);
  });
});

describe('the query carried to another playlist’s page', () => {
  it.each([
    ['?playlist=pastoral', ''],
    ['?playlist=pastoral&order=zh-bo&qr=0', '?order=zh-bo&qr=0'],
    ['?interval=9', '?interval=9'],
    ['', ''],
  ])('%s becomes "%s"', (query, expected) => {
    expect(queryWithoutPlaylist(query)).toBe(expected);
  });
});
