import { describe, expect, it } from 'vitest';
import { secondsLeft, timerPhase, toggleTimer, validTimer } from './classroom-timer.ts';

describe('question timer', () => {
  it('shows the full time until started, then counts down in whole seconds', () => {
    expect(secondsLeft(undefined, 0, 30, 0)).toBe(30);
    const timer = toggleTimer(undefined, 0, 30, 1_000);
    expect(secondsLeft(timer, 0, 30, 1_000)).toBe(30);
    expect(secondsLeft(timer, 0, 30, 1_001)).toBe(30);
    expect(secondsLeft(timer, 0, 30, 2_000)).toBe(29);
    expect(secondsLeft(timer, 0, 30, 31_000)).toBe(0);
    expect(secondsLeft(timer, 0, 30, 99_000)).toBe(0);
  });

  it.each([
    [500, 'running'],
    [30_999, 'running'],
    [31_000, 'up'],
  ] as const)('at %i ms the timer started at 1000 ms is %s', (now, phase) => {
    expect(timerPhase(toggleTimer(undefined, 0, 30, 1_000), 0, now)).toBe(phase);
  });

  it('pauses and carries on where it stopped', () => {
    const running = toggleTimer(undefined, 0, 30, 0);
    const paused = toggleTimer(running, 0, 30, 10_000);
    expect(timerPhase(paused, 0, 50_000)).toBe('paused');
    expect(secondsLeft(paused, 0, 30, 50_000)).toBe(20);
    const resumed = toggleTimer(paused, 0, 30, 50_000);
    expect(secondsLeft(resumed, 0, 30, 55_000)).toBe(15);
  });

  it('belongs to one question: the next question starts idle with its full time', () => {
    const timer = toggleTimer(undefined, 0, 30, 0);
    expect(timerPhase(timer, 1, 5_000)).toBe('idle');
    expect(secondsLeft(timer, 1, 30, 5_000)).toBe(30);
  });

  it('starts again after running out', () => {
    const up = toggleTimer(undefined, 0, 20, 0);
    expect(timerPhase(toggleTimer(up, 0, 20, 30_000), 0, 30_000)).toBe('running');
  });

  it.each([
    [{ question: 0, endsAt: 5 }, true],
    [{ question: 0, leftMs: 5 }, true],
    [{ question: 0.5, endsAt: 5 }, false],
    [{ question: 0 }, false],
    ['soon', false],
    [null, false],
  ])('%j is a saved timer: %s', (value, ok) => {
    expect(validTimer(value)).toBe(ok);
  });
});
