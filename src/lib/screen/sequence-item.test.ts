import { describe, expect, it } from 'vitest';
import { sequenceItem, type SequenceShape } from './sequence-item.ts';

/** The first `count` items from `start`, written compactly: s0 s1 … for slides, q0 q1 … for quiz rounds. */
const run = (shape: SequenceShape, count: number, start = 0) =>
  Array.from({ length: count }, (_, i) => {
    const item = sequenceItem(start + i, shape);
    return `${item.kind === 'slide' ? 's' : 'q'}${item.index}`;
  }).join(' ');

describe('the endless loop of a playlist', () => {
  it.each([
    ['no questions: slides only, looping', { slides: 3, questions: 0, quizEvery: 4 }, 7, 's0 s1 s2 s0 s1 s2 s0'],
    [
      'a quiz round after every 4 slides',
      { slides: 6, questions: 2, quizEvery: 4 },
      15,
      's0 s1 s2 s3 q0 s4 s5 s0 s1 q1 s2 s3 s4 s5 q0',
    ],
    [
      'a short playlist still gets quiz rounds',
      { slides: 2, questions: 3, quizEvery: 4 },
      10,
      's0 s1 s0 s1 q0 s0 s1 s0 s1 q1',
    ],
    ['one slide, one question', { slides: 1, questions: 1, quizEvery: 1 }, 4, 's0 q0 s0 q0'],
    ['quiz rounds switched off with quizEvery 0', { slides: 2, questions: 5, quizEvery: 0 }, 3, 's0 s1 s0'],
  ])('%s', (_name, shape, count, expected) => {
    expect(run(shape, count)).toBe(expected);
  });

  it('steps back before the start into the previous loop', () => {
    expect(run({ slides: 6, questions: 2, quizEvery: 4 }, 6, -5)).toBe('s2 s3 s4 s5 q1 s0');
    expect(run({ slides: 3, questions: 0, quizEvery: 4 }, 4, -4)).toBe('s2 s0 s1 s2');
  });

  it('runs a whole day without drifting', () => {
    // 12 s slides for 24 hours: position 7200 is still a valid item.
    expect(sequenceItem(7200, { slides: 7, questions: 9, quizEvery: 4 })).toEqual({ kind: 'slide', index: 6 });
  });

  it('refuses an empty playlist', () => {
    expect(() => sequenceItem(0, { slides: 0, questions: 0, quizEvery: 4 })).toThrow(RangeError);
  });
});
