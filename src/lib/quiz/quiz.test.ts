import { describe, expect, it } from 'vitest';
import { drawPaper } from './draw-paper.ts';
import { isCorrect, scorePaper, type Answer, type Key } from './scoring.ts';
import { newPaperCode, parsePaperCode, seededRandom, stableHash } from './seeded-random.ts';
import { shuffle } from './shuffle.ts';

const bank = Array.from({ length: 30 }, (_, i) => ({ id: `q-${String(i).padStart(2, '0')}`, optionCount: 4 }));

describe('seeded shuffling', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const output = shuffle(input, seededRandom(7));
    expect([...output].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(output).not.toEqual(input);
  });

  it('spreads positions evenly enough (no item sticks to its place)', () => {
    const random = seededRandom(1);
    const firstPlace = new Map<number, number>();
    for (let i = 0; i < 4000; i++) {
      const [head] = shuffle([0, 1, 2, 3], random);
      firstPlace.set(head!, (firstPlace.get(head!) ?? 0) + 1);
    }
    for (const count of firstPlace.values()) expect(count).toBeGreaterThan(850);
  });
});

describe('paper codes', () => {
  it.each([
    ['k7m-q2p', 'K7MQ2P'],
    [' K7MQ2P ', 'K7MQ2P'],
    ['K7MQ2', undefined],
    ['K7MQ2O', undefined],
    ['<b>x</b>', undefined],
  ])('reads %j as %j', (input, code) => {
    expect(parsePaperCode(input)).toBe(code);
  });

  it('makes codes that parse back', () => {
    const code = newPaperCode(seededRandom(5));
    expect(parsePaperCode(code)).toBe(code);
  });

  it('derives different seeds from different codes', () => {
    expect(stableHash('AAAAAA')).not.toBe(stableHash('AAAAAB'));
  });
});

describe('drawing an exam paper', () => {
  it('gives the same paper for the same code, whatever order the bank is in', () => {
    const one = drawPaper(bank, 10, 'K7MQ2P');
    const two = drawPaper([...bank].reverse(), 10, 'K7MQ2P');
    expect(two).toEqual(one);
    expect(one).toHaveLength(10);
    expect(new Set(one.map((q) => q.id)).size).toBe(10);
  });

  it('gives another paper for another code', () => {
    expect(drawPaper(bank, 10, 'K7MQ2P').map((q) => q.id)).not.toEqual(drawPaper(bank, 10, 'ABCDEF').map((q) => q.id));
  });

  it('draws the whole bank when it is smaller than the paper', () => {
    expect(drawPaper(bank.slice(0, 3), 10, 'K7MQ2P')).toHaveLength(3);
  });
});

describe('scoring', () => {
  const single: Key = { type: 'single', options: [{ correct: false }, { correct: true }, { correct: false }] };
  const multiple: Key = { type: 'multiple', options: [{ correct: true }, { correct: false }, { correct: true }] };
  const statement: Key = { type: 'truefalse', answer: false };

  it.each<[string, Key, Answer | undefined, boolean]>([
    ['the right single option', single, { kind: 'single', option: 1 }, true],
    ['a wrong single option', single, { kind: 'single', option: 0 }, false],
    ['no answer', single, undefined, false],
    ['all right options of a multiple choice', multiple, { kind: 'multiple', options: [2, 0] }, true],
    ['only some right options', multiple, { kind: 'multiple', options: [0] }, false],
    ['the right options plus a wrong one', multiple, { kind: 'multiple', options: [0, 1, 2] }, false],
    ['false for a false statement', statement, { kind: 'truefalse', value: false }, true],
    ['true for a false statement', statement, { kind: 'truefalse', value: true }, false],
    ['an answer of the wrong kind', statement, { kind: 'single', option: 0 }, false],
  ])('%s', (_name, key, answer, expected) => {
    expect(isCorrect(key, answer)).toBe(expected);
  });

  it.each([
    [[true, true, true, true, false], 0.8, { right: 4, total: 5, percent: 80, passed: true }],
    [[true, true, true, false, false], 0.8, { right: 3, total: 5, percent: 60, passed: false }],
    [[true, true, false], 0.6, { right: 2, total: 3, percent: 66, passed: true }],
    [[], 0.8, { right: 0, total: 0, percent: 0, passed: false }],
  ])('scores %j against a pass mark of %s', (results, passMark, score) => {
    expect(scorePaper(results, passMark)).toEqual(score);
  });
});
