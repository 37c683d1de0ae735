import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../../schemas/quiz.ts';
import { pickQuizQuestions, screenTextLength } from './pick-quiz-questions.ts';

const text = (zh: string) => ({ zh, bo: 'མེ་སྐྱོན' });
const question = (id: string, overrides: Partial<QuizQuestion> = {}): { id: string; data: QuizQuestion } => ({
  id,
  data: {
    type: 'single',
    prompt: text(`问题 ${id}`),
    options: [
      { ...text('甲'), correct: true },
      { ...text('乙'), correct: false },
    ],
    explanation: text('因为'),
    source: { type: 'law', article: 5 },
    audiences: ['households'],
    difficulty: 1,
    status: 'draft',
    ...overrides,
  } as QuizQuestion,
});
const TRUE_FALSE = { true: { zh: '对', bo: 'ཡང་དག' }, false: { zh: '错', bo: 'ནོར་བ' } };
const ids = (list: { id: string }[]) => list.map((q) => q.id).sort();

describe('questions for a playlist’s quiz rounds', () => {
  const bank = [
    question('home-1'),
    question('school-1', { audiences: ['schools'] }),
    question('school-hard', { audiences: ['schools'], difficulty: 3 }),
    question('both-1', { audiences: ['schools', 'households'], difficulty: 2 }),
  ];

  it.each([
    ['a 七进 playlist gets its own audience', 'schools', ['both-1', 'school-1']],
    ['another audience', 'households', ['both-1', 'home-1']],
    ['the general playlist gets any audience', 'general', ['both-1', 'home-1', 'school-1']],
    ['winter heating gets any audience', 'winter-heating', ['both-1', 'home-1', 'school-1']],
    ['an audience with no questions gets none', 'scenic', []],
  ])('%s', (_name, playlist, expected) => {
    expect(ids(pickQuizQuestions(bank, playlist, TRUE_FALSE))).toEqual(expected);
  });

  it('leaves out hard questions', () => {
    expect(ids(pickQuizQuestions(bank, 'general', TRUE_FALSE))).not.toContain('school-hard');
  });

  it('is the same order on every build, and keeps to the limit', () => {
    const many = Array.from({ length: 60 }, (_, i) => question(`q-${String(i).padStart(2, '0')}`));
    const first = pickQuizQuestions(many, 'general', TRUE_FALSE).map((q) => q.id);
    expect(first).toHaveLength(24);
    expect(pickQuizQuestions([...many].reverse(), 'general', TRUE_FALSE).map((q) => q.id)).toEqual(first);
    // Mixed, not simply in file order.
    expect(first.slice(0, 5)).not.toEqual(['q-00', 'q-01', 'q-02', 'q-03', 'q-04']);
  });

  it.each([
    [true, [true, false]],
    [false, [false, true]],
  ])('shows a true/false question (answer %s) as two options, the right one marked', (answer, correct) => {
    const [round] = pickQuizQuestions(
      [question('tf', { type: 'truefalse', answer } as Partial<QuizQuestion>)],
      'general',
      TRUE_FALSE,
    );
    expect(round!.options).toEqual([
      { zh: '对', bo: 'ཡང་དག', correct: correct[0] },
      { zh: '错', bo: 'ནོར་བ', correct: correct[1] },
    ]);
    expect(round!.multiple).toBe(false);
  });

  it('prefers the questions with the least to read', () => {
    const long = (id: string) => question(id, { explanation: { zh: '很长的解释'.repeat(20), bo: 'མེ་སྐྱོན' } });
    const bank = [long('long-1'), question('short-1'), long('long-2'), question('short-2'), question('short-3')];
    expect(ids(pickQuizQuestions(bank, 'general', TRUE_FALSE, 3))).toEqual(['short-1', 'short-2', 'short-3']);
    // With nothing shorter about, long questions still make a round.
    expect(ids(pickQuizQuestions([long('long-1')], 'general', TRUE_FALSE))).toEqual(['long-1']);
  });

  it.each([
    ['the options, when they are the longer part', '释', 22],
    ['the answer and why, when that is longer', '释'.repeat(10), 45],
  ])('measures what a round shows at once: %s', (_name, explanation, expected) => {
    const round = {
      id: 'q',
      prompt: { zh: '问题', bo: 'ཀཀ' }, // 2 + 3 × 2 = 8
      options: [
        { zh: '甲甲甲', bo: 'ཀ', correct: false }, // 1 + 9 = 10
        { zh: '乙', bo: 'ཁ', correct: true }, // 1 + 3 = 4
      ],
      multiple: false,
      explanation: { zh: explanation, bo: 'ཀཀཀ' },
      draft: true,
    };
    expect(screenTextLength(round)).toBe(expected);
  });

  it('says when more than one option may be right, and when the Tibetan is a draft', () => {
    const [round] = pickQuizQuestions(
      [question('m', { type: 'multiple', status: 'reviewed' } as Partial<QuizQuestion>)],
      'general',
      TRUE_FALSE,
    );
    expect(round).toMatchObject({ multiple: true, draft: false });
  });
});
