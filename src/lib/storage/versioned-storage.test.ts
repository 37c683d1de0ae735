import { describe, expect, it } from 'vitest';
import {
  decodeRecord,
  readRecord,
  writeRecord,
  type KeyValueStore,
  type VersionedSchema,
} from './versioned-storage.ts';

interface Ticks {
  ticked: string[];
}
const schema: VersionedSchema<Ticks> = {
  key: 'checklist:household',
  version: 2,
  // Version 1 stored a map of id → boolean.
  migrations: {
    1: (data) => ({ ticked: Object.keys(data as object).filter((id) => (data as Record<string, boolean>)[id]) }),
  },
  validate: (data) =>
    data &&
    typeof data === 'object' &&
    Array.isArray((data as Ticks).ticked) &&
    (data as Ticks).ticked.every((t) => typeof t === 'string')
      ? (data as Ticks)
      : undefined,
  empty: () => ({ ticked: [] }),
};

const memoryStore = (entries: Record<string, string> = {}): KeyValueStore & { entries: Map<string, string> } => {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
};

describe('versioned storage', () => {
  it.each<[string, string | null, Ticks, string | undefined]>([
    ['nothing stored yet', null, { ticked: [] }, undefined],
    ['a current record', '{"v":2,"data":{"ticked":["stove"]}}', { ticked: ['stove'] }, undefined],
    ['a version 1 record, migrated', '{"v":1,"data":{"stove":true,"plug":false}}', { ticked: ['stove'] }, undefined],
    ['text that is not JSON', '{"v":2,"data":', { ticked: [] }, 'corrupt'],
    ['JSON without a version', '{"ticked":["stove"]}', { ticked: [] }, 'corrupt'],
    ['a record of the wrong shape', '{"v":2,"data":{"ticked":"stove"}}', { ticked: [] }, 'corrupt'],
    ['a version from a newer site', '{"v":9,"data":{}}', { ticked: [] }, 'newer-version'],
    ['a version with no migration', '{"v":0,"data":{}}', { ticked: [] }, 'corrupt'],
  ])('reads %s', (_name, raw, data, problem) => {
    expect(decodeRecord(schema, raw)).toEqual(problem ? { data, problem } : { data });
  });

  it('sets a corrupt record aside instead of deleting it', () => {
    const store = memoryStore({ 'checklist:household': 'garbage' });
    expect(readRecord(schema, store, 1234).problem).toBe('corrupt');
    expect(store.entries.get('checklist:household:set-aside-1234')).toBe('garbage');
    expect(store.entries.has('checklist:household')).toBe(false);
  });

  it('round-trips what it writes', () => {
    const store = memoryStore();
    expect(writeRecord(schema, store, { ticked: ['a', 'b'] })).toBe(true);
    expect(readRecord(schema, store)).toEqual({ data: { ticked: ['a', 'b'] } });
  });

  it('reports storage that cannot be used, and keeps working', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readRecord(schema, broken)).toEqual({ data: { ticked: [] }, problem: 'unavailable' });
    expect(writeRecord(schema, broken, { ticked: [] })).toBe(false);
    expect(readRecord(schema, undefined).problem).toBe('unavailable');
  });
});
