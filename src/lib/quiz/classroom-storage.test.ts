import { describe, expect, it } from 'vitest';
import { decodeRecord, readRecord, type KeyValueStore } from '../storage/versioned-storage.ts';
import { classroomStorage, saveCompetition } from './classroom-storage.ts';
import { startCompetition } from './classroom.ts';

const classroomSaved = {
  setId: 'schools',
  seconds: 30,
  bothLanguages: true,
  place: '',
  sound: false,
  competition: startCompetition(['A', 'B']),
};

describe('saved classroom competition', () => {
  it('reads back what it wrote, timer included', () => {
    const data = { ...classroomSaved, timer: { question: 0, endsAt: 1_000 } };
    expect(decodeRecord(classroomStorage, JSON.stringify({ v: 2, data }))).toEqual({ data });
  });

  it('carries a competition saved before this version forward, scores kept', () => {
    const { finished: _, ...competition } = classroomSaved.competition;
    const v1 = {
      setId: 'schools',
      seconds: 30,
      bothLanguages: true,
      competition: {
        ...competition,
        teams: [
          { name: 'A', score: 20 },
          { name: 'B', score: 0 },
        ],
        history: [{ team: 0, points: 20 }],
      },
    };
    const result = decodeRecord(classroomStorage, JSON.stringify({ v: 1, data: v1 }));
    expect(result.problem).toBeUndefined();
    expect(result.data?.competition.teams[0]?.score).toBe(20);
    expect(result.data?.competition.finished).toBe(false);
    expect(result.data?.place).toBe('');
  });

  it.each([
    ['a negative question', { ...classroomSaved, competition: { ...classroomSaved.competition, question: -1 } }],
    [
      'one team',
      { ...classroomSaved, competition: { ...classroomSaved.competition, teams: [{ name: 'A', score: 0 }] } },
    ],
    ['a timer without a time', { ...classroomSaved, timer: { question: 0 } }],
    ['no seconds', { ...classroomSaved, seconds: 0 }],
  ])('sets aside a record with %s', (_, data) => {
    expect(decodeRecord(classroomStorage, JSON.stringify({ v: 2, data })).problem).toBe('corrupt');
  });
});

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
  const saved = { ...classroomSaved, competition: startCompetition(['一班', '二班']) };

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
