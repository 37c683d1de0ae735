import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../storage/versioned-storage.ts';
import { checklistStorage, progress, toggleTick } from './checklist-progress.ts';

const now = new Date('2026-11-29T08:00:00Z');

describe('checklist progress', () => {
  it('ticks and unticks an item and records when', () => {
    const once = toggleTick({ ticked: [], updated: null }, 'stove', now);
    expect(once).toEqual({ ticked: ['stove'], updated: '2026-11-29T08:00:00.000Z' });
    expect(toggleTick(once, 'stove', now).ticked).toEqual([]);
  });

  it('counts only ticks on items the checklist still has', () => {
    expect(progress({ ticked: ['stove', 'removed-item'], updated: null }, ['stove', 'plug', 'exit'])).toEqual({
      done: 1,
      total: 3,
    });
  });

  it('rejects a stored record of the wrong shape', () => {
    const schema = checklistStorage('household');
    expect(decodeRecord(schema, '{"v":1,"data":{"ticked":[1,2],"updated":null}}').problem).toBe('corrupt');
    expect(decodeRecord(schema, '{"v":1,"data":{"ticked":["a"],"updated":"2026-11-29"}}')).toEqual({
      data: { ticked: ['a'], updated: '2026-11-29' },
    });
  });

  it('keeps the ticks of a record whose date is no date, and drops only the date', () => {
    const schema = checklistStorage('household');
    for (const updated of ['"not a date"', '"2026-13-45T99:00"', '12', '"9999-01-01T00:00:00Z"'])
      expect(decodeRecord(schema, `{"v":1,"data":{"ticked":["a","b","a"],"updated":${updated}}}`), updated).toEqual({
        data: { ticked: ['a', 'b'], updated: null },
      });
  });
});
