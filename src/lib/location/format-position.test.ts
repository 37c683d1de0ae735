import { describe, expect, it } from 'vitest';
import { formatPosition, positionFailure } from './format-position.ts';

describe('a position read out to the dispatcher', () => {
  it.each([
    [
      'Lhasa, north and east',
      29.652491,
      91.172112,
      12,
      { latitude: '29.65249', longitude: '91.17211', north: true, east: true, accuracyMetres: 15 },
    ],
    [
      'south and west hemispheres',
      -33.8688,
      -70.6693,
      3,
      { latitude: '33.86880', longitude: '70.66930', north: false, east: false, accuracyMetres: 5 },
    ],
    [
      'a rough fix is rounded up, never down',
      31.5,
      92.05,
      1234,
      { latitude: '31.50000', longitude: '92.05000', north: true, east: true, accuracyMetres: 1500 },
    ],
  ])('%s', (_name, lat, lon, accuracy, expected) => {
    expect(formatPosition(lat, lon, accuracy)).toEqual(expected);
  });

  it('refuses numbers that are not a position', () => {
    expect(() => formatPosition(91, 10, 5)).toThrow(RangeError);
    expect(() => formatPosition(Number.NaN, 10, 5)).toThrow(RangeError);
  });

  it.each([
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
    [undefined, 'unsupported'],
  ] as const)('error code %s means %s', (code, failure) => {
    expect(positionFailure(code)).toBe(failure);
  });
});
