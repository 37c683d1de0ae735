import { describe, expect, it } from 'vitest';
import { itemTiming } from './item-timing.ts';

const slides = [{ seconds: 12 }, { seconds: 20 }];

describe('how long each item stays on screen', () => {
  it.each([
    ['a slide keeps its own seconds', { kind: 'slide', index: 1 }, undefined, { durationMs: 20_000 }],
    ['the crew’s interval wins over the slide’s own', { kind: 'slide', index: 1 }, 8, { durationMs: 8_000 }],
    [
      'a quiz round counts down 15 s, then shows the answer 15 s',
      { kind: 'quiz', index: 0 },
      undefined,
      { durationMs: 30_000, revealAtMs: 15_000 },
    ],
    [
      'the interval does not hurry a quiz round',
      { kind: 'quiz', index: 0 },
      5,
      { durationMs: 30_000, revealAtMs: 15_000 },
    ],
  ] as const)('%s', (_name, item, interval, expected) => {
    expect(itemTiming(item, slides, interval)).toEqual(expected);
  });
});
