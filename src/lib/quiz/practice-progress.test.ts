import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../storage/versioned-storage.ts';
import { goTo, practiceStorage, recordAnswer, restartWith } from './practice-progress.ts';

const start = practiceStorage('households').empty();

describe('practice progress', () => {
  it('keeps wrong answers for review until they are answered right', () => {
    const once = recordAnswer(start, 'q1', { kind: 'single', option: 0 }, false);
    expect(once.wrong).toEqual(['q1']);
    const twice = recordAnswer(once, 'q1', { kind: 'single', option: 0 }, false);
    expect(twice.wrong).toEqual(['q1']);
    const fixed = recordAnswer(twice, 'q1', { kind: 'single', option: 2 }, true);
    expect(fixed.wrong).toEqual([]);
    expect(fixed.answers['q1']).toEqual({ answer: { kind: 'single', option: 2 }, correct: true });
  });

  it('keeps the position inside the set', () => {
    expect(goTo(start, 12, 10).index).toBe(10);
    expect(goTo(start, -1, 10).index).toBe(0);
  });

  it('restarts a review by forgetting only those answers', () => {
    let progress = recordAnswer(start, 'q1', { kind: 'truefalse', value: true }, false);
    progress = recordAnswer(progress, 'q2', { kind: 'truefalse', value: true }, true);
    const again = restartWith(goTo(progress, 2, 5), ['q1']);
    expect(Object.keys(again.answers)).toEqual(['q2']);
    expect(again.index).toBe(0);
    expect(again.wrong).toEqual(['q1']);
  });

  it.each([
    [
      'a saved record',
      '{"v":1,"data":{"index":3,"answers":{"q1":{"answer":{"kind":"multiple","options":[0,2]},"correct":true}},"wrong":[]}}',
      undefined,
    ],
    ['a negative position', '{"v":1,"data":{"index":-1,"answers":{},"wrong":[]}}', 'corrupt'],
    [
      'an answer of an unknown kind',
      '{"v":1,"data":{"index":0,"answers":{"q1":{"answer":{"kind":"essay"},"correct":true}},"wrong":[]}}',
      'corrupt',
    ],
  ])('reads %s', (_name, raw, problem) => {
    expect(decodeRecord(practiceStorage('x'), raw).problem).toBe(problem);
  });
});
