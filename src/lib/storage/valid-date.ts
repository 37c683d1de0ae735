/**
 * A stored time is kept only when it means a time: an ISO string a Date can hold, not in the far
 * future. `new Date('garbage')` formats as a RangeError, which would take the whole island down.
 */
export function validStoredTime(value: unknown, now = Date.now()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return undefined;
  // A year 2000 floor and a day of clock skew: anything else was not written by this site.
  if (time < Date.UTC(2000, 0, 1) || time > now + 86_400_000) return undefined;
  return value;
}
