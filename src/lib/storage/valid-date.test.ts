import { describe, expect, it } from 'vitest';
import { validStoredTime } from './valid-date.ts';

describe('a stored time', () => {
  const now = Date.UTC(2026, 11, 3);
  it('keeps a real time', () => {
    expect(validStoredTime('2026-11-30T08:00:00.000Z', now)).toBe('2026-11-30T08:00:00.000Z');
  });
  it('refuses what is not a time, or not one this site wrote', () => {
    for (const bad of ['garbage', '', '2026-13-45', 42, null, {}, '1970-01-01T00:00:00Z', '2099-01-01T00:00:00Z'])
      expect(validStoredTime(bad, now), String(bad)).toBeUndefined();
  });
});
