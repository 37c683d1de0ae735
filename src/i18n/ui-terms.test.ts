import { describe, expect, it } from 'vitest';
import { bo } from './ui/bo.ts';
import { zh } from './ui/zh.ts';

/**
 * སྐར་མ means both "minute" and "mark"; the glossary keeps it for minutes and gives points their own
 * word (score-points in content/glossary/terms.yaml), so a classroom score never reads as a time.
 */
describe('the Tibetan words for points and minutes', () => {
  const keys = Object.keys(zh) as (keyof typeof zh)[];

  it.each(['classroom.wager', 'classroom.scoreboard', 'classroom.finished', 'classroom.points'] as const)(
    '%s names points སྐར་གྲངས',
    (key) => {
      expect(zh[key]).toContain('分');
      expect(bo[key]).toContain('སྐར་གྲངས');
    },
  );

  it('uses སྐར་མ only where the Chinese says minutes (分钟)', () => {
    const withSkarMa = keys.filter((key) => /སྐར་མ(?!་?གྲངས)/.test(bo[key]));
    expect(withSkarMa.filter((key) => !zh[key].includes('分钟'))).toEqual([]);
    expect(withSkarMa).toContain('quiz.minutes');
  });
});
