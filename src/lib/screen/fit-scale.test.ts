import { describe, expect, it } from 'vitest';
import { fitScale } from './fit-scale.ts';

/** A slide that fits at any scale up to `limit`. */
const fitsUpTo = (limit: number) => (scale: number) => scale <= limit;

describe('the text scale a slide gets', () => {
  it('short text keeps full size', () => {
    expect(fitScale(fitsUpTo(1.5))).toBe(1);
  });

  it.each([0.9, 0.72, 0.5, 0.31])('long text shrinks to just under the size that fits (%s)', (limit) => {
    const scale = fitScale(fitsUpTo(limit));
    expect(scale).toBeLessThanOrEqual(limit);
    expect(scale).toBeGreaterThan(limit - 0.01);
  });

  it('never goes below the floor', () => {
    expect(fitScale(fitsUpTo(0.1), { min: 0.3 })).toBe(0.3);
  });

  it('lays the slide out only a few times', () => {
    let layouts = 0;
    fitScale((scale) => (layouts++, scale < 0.6));
    expect(layouts).toBe(8);
  });
});
