import { describe, expect, it } from 'vitest';
import { orderPlaylists } from './order-playlists.ts';

describe('the order of playlists on /screen/', () => {
  it.each([
    [
      ['schools', 'winter-heating', 'general'],
      ['general', 'winter-heating', 'schools'],
    ],
    [
      ['scenic', 'agencies', 'pastoral'],
      ['agencies', 'pastoral', 'scenic'],
    ],
    [
      ['losar', 'fireworks', 'general', 'households'],
      ['general', 'households', 'fireworks', 'losar'],
    ],
    [['pastoral'], ['pastoral']],
    [[], []],
  ])('%j → %j', (names, expected) => {
    expect(orderPlaylists(names)).toEqual(expected);
  });
});
