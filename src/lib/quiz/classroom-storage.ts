import { writeRecord, type KeyValueStore, type VersionedSchema } from '../storage/versioned-storage.ts';
import type { Competition } from './classroom.ts';
import { validTimer, type QuestionTimer } from './classroom-timer.ts';

/** A running competition, saved so an accidental reload of the projector page loses nothing. */
export interface SavedCompetition {
  setId: string;
  seconds: number;
  bothLanguages: boolean;
  /** School, class or place, for the results sheet; may be empty. */
  place: string;
  /** A beep when the time is up; off unless the host turns it on. */
  sound: boolean;
  timer?: QuestionTimer;
  competition: Competition;
}

export const classroomStorage: VersionedSchema<SavedCompetition | null> = {
  key: 'classroom:competition',
  version: 2,
  migrations: {
    // Version 1 had no place, sound, timer, finished flag or question number on a judgement:
    // old judgements count for the question on screen then (only undo reads them).
    1: (data) => {
      if (!data || typeof data !== 'object') return data;
      const old = data as { competition?: { question?: number; history?: object[] } };
      const c = old.competition;
      return {
        ...old,
        place: '',
        sound: false,
        competition: c && {
          ...c,
          finished: false,
          history: Array.isArray(c.history) ? c.history.map((h) => ({ question: -1, ...h })) : c.history,
        },
      };
    },
  },
  validate: (data) => {
    if (data === null) return null;
    if (!data || typeof data !== 'object') return undefined;
    const saved = data as Partial<SavedCompetition>;
    const c = saved.competition;
    const valid =
      typeof saved.setId === 'string' &&
      typeof saved.seconds === 'number' &&
      saved.seconds > 0 &&
      typeof saved.bothLanguages === 'boolean' &&
      typeof saved.place === 'string' &&
      typeof saved.sound === 'boolean' &&
      (saved.timer === undefined || validTimer(saved.timer)) &&
      !!c &&
      Array.isArray(c.teams) &&
      c.teams.length >= 2 &&
      c.teams.every((t) => typeof t?.name === 'string' && typeof t.score === 'number') &&
      ['required', 'buzz', 'risk'].includes(c.round) &&
      Number.isInteger(c.question) &&
      c.question >= 0 &&
      typeof c.finished === 'boolean' &&
      Array.isArray(c.history) &&
      c.history.every((h) => Number.isInteger(h?.team) && typeof h.points === 'number' && Number.isInteger(h.question));
    return valid ? (saved as SavedCompetition) : undefined;
  },
  empty: () => null,
};

/**
 * Saves the competition after a step; false when the device would not keep it (storage full or
 * blocked), so the projector page can say that a reload would lose the scores.
 */
export function saveCompetition(store: KeyValueStore | undefined, next: SavedCompetition | null): boolean {
  return writeRecord(classroomStorage, store, next);
}
