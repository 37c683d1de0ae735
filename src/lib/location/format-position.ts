/** A position as a dispatcher can take it down: decimal degrees, hemisphere, and how exact it is. */
export interface SpokenPosition {
  /** e.g. "29.65432" (always positive; see `north`). */
  latitude: string;
  longitude: string;
  north: boolean;
  east: boolean;
  /** Accuracy rounded to a sensible step, in metres. */
  accuracyMetres: number;
}

/**
 * Five decimals are about a metre: more than a phone knows, enough for a fire engine or a search team.
 * Accuracy is rounded up so it never sounds better than it is.
 */
export function formatPosition(latitude: number, longitude: number, accuracy: number): SpokenPosition {
  if (
    !Number.isFinite(latitude) ||
    !Number.isFinite(longitude) ||
    Math.abs(latitude) > 90 ||
    Math.abs(longitude) > 180
  ) {
    throw new RangeError(`not a position on Earth: ${latitude}, ${longitude}`);
  }
  const step = accuracy < 100 ? 5 : accuracy < 1000 ? 50 : 500;
  return {
    latitude: Math.abs(latitude).toFixed(5),
    longitude: Math.abs(longitude).toFixed(5),
    north: latitude >= 0,
    east: longitude >= 0,
    accuracyMetres: Math.max(step, Math.ceil(accuracy / step) * step),
  };
}

/** Why no position came back, from the Geolocation API's error code. */
export type PositionFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export function positionFailure(code: number | undefined): PositionFailure {
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  if (code === undefined) return 'unsupported';
  return 'unavailable';
}
