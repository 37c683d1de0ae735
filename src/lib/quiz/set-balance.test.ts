import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizQuestionSchema, quizSetSchema } from '../../schemas/quiz.ts';
import { repeatedFacts, trueShare, withoutRepeatedFacts, type BankQuestion } from './set-balance.ts';

const dir = 'content/quiz';
const bank = new Map<string, BankQuestion>(
  readdirSync(`${dir}/questions`)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const question = quizQuestionSchema.parse(parse(readFileSync(`${dir}/questions/${name}`, 'utf8')));
      return [id, { id, ...question }];
    }),
);
const sets = readdirSync(`${dir}/sets`)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const set = quizSetSchema.parse(parse(readFileSync(`${dir}/sets/${name}`, 'utf8')));
    return { slug: name.replace(/\.yaml$/, ''), questions: set.questions.map((id) => bank.get(id)!) };
  });

/** Sets with at least this many true/false statements must not lean on one answer. */
const MIN_STATEMENTS = 4;

describe('the quiz bank as a reader meets it', () => {
  it('has about as many true statements as false ones (40–60 %), so always answering one way fails', () => {
    const share = trueShare([...bank.values()])!;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it.each(sets.map((set) => [set.slug, set] as const))('set %s is not dominated by one answer', (_, set) => {
    const statements = set.questions.filter((q) => q.type === 'truefalse');
    if (statements.length < MIN_STATEMENTS) {
      // Too few to balance by share; still, two or three statements must not all say the same.
      if (statements.length >= 2) expect(new Set(statements.map((q) => q.answer)).size).toBe(2);
      return;
    }
    const share = trueShare(statements)!;
    expect(share, `${statements.length} statements`).toBeGreaterThanOrEqual(0.3);
    expect(share, `${statements.length} statements`).toBeLessThanOrEqual(0.7);
  });

  it.each(sets.map((set) => [set.slug, set] as const))('set %s asks each fact once', (_, set) => {
    expect(repeatedFacts(set.questions)).toEqual([]);
  });

  it('names only questions that exist', () => {
    for (const set of sets) expect(set.questions.every(Boolean), set.slug).toBe(true);
  });
});

describe('repeated facts', () => {
  const q = (id: string, covers: string[] = []): BankQuestion => ({ id, type: 'single', covers });

  it('are found by a shared fact id and reported once per later question', () => {
    const set = [q('a', ['x']), q('b'), q('c', ['y', 'x']), q('d', ['y'])];
    expect(repeatedFacts(set)).toEqual([
      ['a', 'c', 'x'],
      ['c', 'd', 'y'],
    ]);
  });

  it('are left out after the first question that tests them', () => {
    const set = [q('a', ['x']), q('b'), q('c', ['y', 'x']), q('d', ['y'])];
    expect(withoutRepeatedFacts(set).map(({ id }) => id)).toEqual(['a', 'b', 'd']);
  });
});

describe('true share', () => {
  it('counts true/false statements only, and is null without any', () => {
    const tf = (answer: boolean): BankQuestion => ({ id: String(answer), type: 'truefalse', answer });
    expect(trueShare([tf(true), tf(false), tf(false), { id: 's', type: 'single' }])).toBeCloseTo(1 / 3);
    expect(trueShare([{ id: 's', type: 'single' }])).toBeNull();
  });
});
