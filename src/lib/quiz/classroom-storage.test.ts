import { describe, expect, it } from 'vitest';
import { readRecord, type KeyValueStore } from '../storage/versioned-storage.ts';
import { startCompetition } from './classroom.ts';
import { classroomStorage, saveCompetition } from './classroom-storage.ts';

const memory = (): KeyValueStore & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
};
const full: KeyValueStore = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {},
};

describe('saving a competition', () => {
  const saved = { setId: 'general', seconds: 30, bothLanguages: true, competition: startCompetition(['一班', '二班']) };

  it('says when the device did not keep it', () => {
    expect(saveCompetition(full, saved)).toBe(false);
    expect(saveCompetition(undefined, saved)).toBe(false);
  });

  it('keeps it where it can, readable again', () => {
    const store = memory();
    expect(saveCompetition(store, saved)).toBe(true);
    expect(readRecord(classroomStorage, store).data).toEqual(saved);
  });
});
