import { writeRecord, type KeyValueStore, type VersionedSchema } from '../storage/versioned-storage.ts';
import type { Competition } from './classroom.ts';

/** A running competition, saved so an accidental reload of the projector page loses nothing. */
export interface SavedCompetition {
  setId: string;
  seconds: number;
  bothLanguages: boolean;
  competition: Competition;
}

export const classroomStorage: VersionedSchema<SavedCompetition | null> = {
  key: 'classroom:competition',
  version: 1,
  validate: (data) => {
    if (data === null) return null;
    if (!data || typeof data !== 'object') return undefined;
    const saved = data as Partial<SavedCompetition>;
    const c = saved.competition;
    const valid =
      typeof saved.setId === 'string' &&
      typeof saved.seconds === 'number' &&
      typeof saved.bothLanguages === 'boolean' &&
      !!c &&
      Array.isArray(c.teams) &&
      c.teams.every((t) => typeof t?.name === 'string' && typeof t.score === 'number') &&
      ['required', 'buzz', 'risk'].includes(c.round) &&
      Number.isInteger(c.question) &&
      Array.isArray(c.history);
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
