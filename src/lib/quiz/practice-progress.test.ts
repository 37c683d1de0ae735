import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../storage/versioned-storage.ts';
import { checkProgress, fitsQuestion, goTo, practiceStorage, recordAnswer, restartWith } from './practice-progress.ts';
import type { Key } from './scoring.ts';

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

describe('saved practice checked against the questions', () => {
  const keys: Record<string, Key> = {
    q1: { type: 'single', options: [{ correct: false }, { correct: true }, { correct: false }, { correct: false }] },
    q2: { type: 'multiple', options: [{ correct: true }, { correct: true }, { correct: false }] },
    q3: { type: 'truefalse', answer: false },
  };

  it('drops an answer pointing at an option the question does not have, even marked right', () => {
    const saved = {
      index: 1,
      answers: {
        q1: { answer: { kind: 'single' as const, option: 99 }, correct: true },
        q3: { answer: { kind: 'truefalse' as const, value: false }, correct: true },
      },
      wrong: [],
    };
    const { progress, dropped } = checkProgress(saved, keys);
    expect(dropped).toBe(1);
    expect(progress.answers['q1']).toBeUndefined();
    expect(progress.answers['q3']).toEqual({ answer: { kind: 'truefalse', value: false }, correct: true });
  });

  it('scores every answer again instead of trusting the stored flag', () => {
    const saved = {
      index: 0,
      answers: {
        q1: { answer: { kind: 'single' as const, option: 0 }, correct: true },
        q2: { answer: { kind: 'multiple' as const, options: [0, 1] }, correct: false },
      },
      wrong: ['q2'],
    };
    const { progress, dropped } = checkProgress(saved, keys);
    expect(dropped).toBe(0);
    expect(progress.answers['q1']!.correct).toBe(false);
    expect(progress.answers['q2']!.correct).toBe(true);
    expect(progress.wrong).toEqual(['q1']);
  });

  it('refuses the wrong kind of answer, repeated or negative options, and keeps answers to questions not in the set', () => {
    expect(fitsQuestion(keys['q1']!, { kind: 'truefalse', value: true })).toBe(false);
    expect(fitsQuestion(keys['q2']!, { kind: 'multiple', options: [0, 0] })).toBe(false);
    expect(fitsQuestion(keys['q2']!, { kind: 'multiple', options: [-1] })).toBe(false);
    expect(fitsQuestion(keys['q2']!, { kind: 'multiple', options: [] })).toBe(false);
    const other = {
      index: 0,
      answers: { gone: { answer: { kind: 'single' as const, option: 7 }, correct: true } },
      wrong: [],
    };
    expect(checkProgress(other, keys)).toEqual({ progress: other, dropped: 0 });
  });
});
