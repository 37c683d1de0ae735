/**
 * Versioned records in localStorage. Every record is `{ v: <version>, data: … }`; older versions are
 * migrated step by step, and anything unreadable is set aside (not thrown away) so the page can say
 * so plainly and carry on with a fresh record.
 */

/** What went wrong reading a record, for a clear message on the page. */
export type StorageProblem = 'corrupt' | 'newer-version' | 'unavailable';

export interface VersionedSchema<T> {
  /** Storage key, e.g. `checklist:household`. */
  key: string;
  /** The current version number. */
  version: number;
  /** `migrations[n]` turns version n data into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** Returns the data when it has the current shape, else undefined. */
  validate: (data: unknown) => T | undefined;
  /** A fresh record. */
  empty: () => T;
}

export interface ReadResult<T> {
  data: T;
  problem?: StorageProblem;
}

/** The subset of the Storage API we use, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Parses a stored string into current data; pure, so it is tested without a browser. */
export function decodeRecord<T>(schema: VersionedSchema<T>, raw: string | null): ReadResult<T> {
  if (raw === null) return { data: schema.empty() };
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { data: schema.empty(), problem: 'corrupt' };
  }
  if (
    !record ||
    typeof record !== 'object' ||
    !('v' in record) ||
    typeof record.v !== 'number' ||
    !('data' in record)
  ) {
    return { data: schema.empty(), problem: 'corrupt' };
  }
  if (record.v > schema.version) return { data: schema.empty(), problem: 'newer-version' };
  let data = record.data;
  for (let version = record.v; version < schema.version; version++) {
    const migrate = schema.migrations?.[version];
    if (!migrate) return { data: schema.empty(), problem: 'corrupt' };
    try {
      data = migrate(data);
    } catch {
      return { data: schema.empty(), problem: 'corrupt' };
    }
  }
  const valid = schema.validate(data);
  return valid === undefined ? { data: schema.empty(), problem: 'corrupt' } : { data: valid };
}

export const encodeRecord = <T>(schema: VersionedSchema<T>, data: T) => JSON.stringify({ v: schema.version, data });

/** Reads a record; a corrupt one is kept under `<key>:corrupt-<time>` so nothing is lost. */
export function readRecord<T>(
  schema: VersionedSchema<T>,
  store: KeyValueStore | undefined,
  now = Date.now(),
): ReadResult<T> {
  if (!store) return { data: schema.empty(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = store.getItem(schema.key);
  } catch {
    return { data: schema.empty(), problem: 'unavailable' };
  }
  const result = decodeRecord(schema, raw);
  if (result.problem && raw !== null) {
    try {
      store.setItem(`${schema.key}:set-aside-${now}`, raw);
      store.removeItem(schema.key);
    } catch {
      /* storage full or blocked: the page still works with the fresh record */
    }
  }
  return result;
}

/** Writes a record; returns false when storage is full or blocked (private mode, some in-app browsers). */
export function writeRecord<T>(schema: VersionedSchema<T>, store: KeyValueStore | undefined, data: T): boolean {
  if (!store) return false;
  try {
    store.setItem(schema.key, encodeRecord(schema, data));
    return true;
  } catch {
    return false;
  }
}

/** `window.localStorage`, or undefined where touching it throws. */
export function browserStore(): KeyValueStore | undefined {
  try {
    const store = globalThis.localStorage;
    return store ?? undefined;
  } catch {
    return undefined;
  }
}
