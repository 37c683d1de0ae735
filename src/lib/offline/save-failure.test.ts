import { describe, expect, it } from 'vitest';
import { classifySaveFailure, isQuotaError } from './save-failure.ts';

describe('why a save stopped', () => {
  const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

  it('tells a full phone from a lost network', async () => {
    const files = [{ bytes: 3_000_000 }, { bytes: 1_000_000 }];
    const estimate = async () => ({ usage: 9_500_000, quota: 10_000_000 });
    expect(await classifySaveFailure(quota, files, estimate)).toEqual({
      kind: 'full',
      needed: 4_000_000,
      free: 500_000,
    });
    expect(await classifySaveFailure(new TypeError('Failed to fetch'), files, estimate)).toEqual({ kind: 'network' });
  });

  it('knows the quota error by name or by its old codes', () => {
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('says 0 free when the browser gives no estimate', async () => {
    expect(await classifySaveFailure(quota, [{ bytes: 10 }], async () => undefined)).toEqual({
      kind: 'full',
      needed: 10,
      free: 0,
    });
  });
});
