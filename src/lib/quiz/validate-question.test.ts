import { describe, expect, it } from 'vitest';
import { validateQuestion, type QuestionInput } from './validate-question.ts';

const opt = (zh: string, correct = false) => ({ zh, bo: `བོ་${zh}`, correct });

describe('question rules', () => {
  it.each<[string, QuestionInput]>([
    ['a single choice with one right option', { type: 'single', options: [opt('甲', true), opt('乙'), opt('丙')] }],
    [
      'a multiple choice with two right options',
      { type: 'multiple', options: [opt('甲', true), opt('乙', true), opt('丙')] },
    ],
    ['a true/false statement', { type: 'truefalse' }],
  ])('accept %s', (_name, question) => {
    expect(validateQuestion(question)).toEqual([]);
  });

  it.each<[string, QuestionInput, string]>([
    [
      'single choice with no right option',
      { type: 'single', options: [opt('甲'), opt('乙')] },
      'exactly one right option; Received 0',
    ],
    [
      'single choice with two right options',
      { type: 'single', options: [opt('甲', true), opt('乙', true)] },
      'exactly one right option; Received 2',
    ],
    [
      'multiple choice with no right option',
      { type: 'multiple', options: [opt('甲'), opt('乙'), opt('丙')] },
      'at least one right option',
    ],
    [
      'multiple choice where all are right',
      { type: 'multiple', options: [opt('甲', true), opt('乙', true), opt('丙', true)] },
      'tests nothing',
    ],
    [
      'duplicate options',
      { type: 'single', options: [opt('甲', true), opt('乙'), opt(' 乙 ')] },
      'option 3 is the same as option 2',
    ],
  ])('reject %s', (_name, question, message) => {
    expect(
      validateQuestion(question)
        .map((p) => p.message)
        .join(' | '),
    ).toContain(message);
  });
});
