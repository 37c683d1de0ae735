import { describe, expect, it } from 'vitest';
import { formatClock } from './format-clock.ts';

describe('the screen clock', () => {
  it.each([
    [new Date(2026, 0, 5, 9, 7, 59), '09:07'],
    [new Date(2026, 0, 5, 0, 0, 0), '00:00'],
    [new Date(2026, 0, 5, 23, 59, 30), '23:59'],
    [new Date(2026, 0, 5, 14, 30), '14:30'],
  ])('%s reads %s', (date, expected) => {
    expect(formatClock(date)).toBe(expected);
  });
});
