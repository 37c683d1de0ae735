import { describe, expect, it } from 'vitest';
import { byNewest, formatDay, noticeState } from './notice-state.ts';

const d = (day: string) => new Date(`${day}T00:00:00Z`);

describe('noticeState', () => {
  it.each([
    ['2026-12-02', 'upcoming'],
    ['2026-12-03', 'current'],
    ['2027-03-15', 'current'],
    ['2027-03-16', 'expired'],
  ] as const)('a notice from 2026-12-03 to 2027-03-15 on %s is %s', (today, state) => {
    expect(noticeState({ date: d('2026-12-03'), expires: d('2027-03-15') }, today)).toBe(state);
  });
  it('stays current without an expiry date', () => {
    expect(noticeState({ date: d('2020-01-01') }, '2030-01-01')).toBe('current');
  });
});

describe('formatDay and byNewest', () => {
  it('writes the day for each language', () => {
    expect(formatDay(d('2026-12-03'), 'zh')).toBe('2026年12月3日');
    expect(formatDay(d('2026-12-03'), 'bo')).toBe('སྤྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༢ ཚེས་ ༣');
  });
  it('puts the newest first', () => {
    expect([d('2026-11-01'), d('2026-12-01')].map((date) => ({ date })).sort(byNewest)[0]!.date).toEqual(
      d('2026-12-01'),
    );
  });
});
