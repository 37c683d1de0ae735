import { describe, expect, test } from 'vitest';
import { runBounded } from './run-bounded.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runBounded', () => {
  test.each([1, 3, 8])('runs every item once with at most %i at a time', async (limit) => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runBounded([...Array(20).keys()], limit, async (item) => {
      running++;
      most = Math.max(most, running);
      await tick(item % 3);
      done.push(item);
      running--;
    });
    expect(done.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(most).toBe(Math.min(limit, 20));
  });

  test('after a failure starts nothing new, lets the running ones finish, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = runBounded([...Array(10).keys()], 3, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('full');
      if (item === 2) {
        await tick(5);
        throw new Error('later');
      }
      await tick(10);
      finished.push(item);
    });
    await expect(run).rejects.toThrow('full');
    // 0, 1 and 2 started together; 1 failed at once, so nothing after it began; 0 still finished.
    expect(started).toEqual([0, 1, 2]);
    expect(finished).toEqual([0]);
  });

  test('an empty list is done at once', async () => {
    await expect(runBounded([], 4, () => Promise.reject(new Error('never')))).resolves.toBeUndefined();
  });
});
