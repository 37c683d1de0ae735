import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../storage/versioned-storage.ts';
import { classroomStorage } from './classroom-storage.ts';
import { startCompetition } from './classroom.ts';

const saved = {
  setId: 'schools',
  seconds: 30,
  bothLanguages: true,
  place: '',
  sound: false,
  competition: startCompetition(['A', 'B']),
};

describe('saved classroom competition', () => {
  it('reads back what it wrote, timer included', () => {
    const data = { ...saved, timer: { question: 0, endsAt: 1_000 } };
    expect(decodeRecord(classroomStorage, JSON.stringify({ v: 2, data }))).toEqual({ data });
  });

  it('carries a competition saved before this version forward, scores kept', () => {
    const { finished: _, ...competition } = saved.competition;
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
    ['a negative question', { ...saved, competition: { ...saved.competition, question: -1 } }],
    ['one team', { ...saved, competition: { ...saved.competition, teams: [{ name: 'A', score: 0 }] } }],
    ['a timer without a time', { ...saved, timer: { question: 0 } }],
    ['no seconds', { ...saved, seconds: 0 }],
  ])('sets aside a record with %s', (_, data) => {
    expect(decodeRecord(classroomStorage, JSON.stringify({ v: 2, data })).problem).toBe('corrupt');
  });
});
