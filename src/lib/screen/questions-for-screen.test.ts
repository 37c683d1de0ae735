import { describe, expect, it } from 'vitest';
import { PORTRAIT_QUESTIONS, questionsForScreen } from './questions-for-screen.ts';
import type { ScreenQuestion } from './screen-data.ts';

const question = (id: string, length: number) =>
  ({
    id,
    prompt: { zh: '问'.repeat(length), bo: '' },
    options: [],
    explanation: { zh: '', bo: '' },
  }) as unknown as ScreenQuestion;
const bank = Array.from({ length: 10 }, (_, i) => question(`q${i}`, 10 - i));

describe('quiz rounds for the screen in use', () => {
  it('keeps every question on a landscape screen', () => {
    expect(questionsForScreen(bank, 1920, 1080)).toHaveLength(10);
    expect(questionsForScreen(bank, 768, 384)).toHaveLength(10);
  });

  it('keeps the shortest few, in order, on a portrait screen', () => {
    const kept = questionsForScreen(bank, 1080, 1920);
    expect(kept).toHaveLength(PORTRAIT_QUESTIONS);
    expect(kept.map((q) => q.id)).toEqual(['q4', 'q5', 'q6', 'q7', 'q8', 'q9']);
  });
});
