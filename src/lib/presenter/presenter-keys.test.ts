import { describe, expect, it } from 'vitest';
import { presenterCommand, teamOf } from './presenter-keys.ts';

const key = (name: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: name,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('presenter remote and keyboard keys', () => {
  it.each([
    // What a presenter remote sends.
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['b', 'toggle-blank'],
    ['B', 'toggle-blank'],
    ['.', 'toggle-blank'],
    ['F5', 'start'],
    ['Escape', 'stop'],
    // A keyboard.
    [' ', 'toggle-pause'],
    ['p', 'toggle-pause'],
    ['P', 'toggle-pause'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['y', 'right'],
    ['Y', 'right'],
    ['Enter', 'right'],
    ['n', 'wrong'],
    ['N', 'wrong'],
    ['u', 'undo'],
    ['U', 'undo'],
    ['t', 'timer'],
    ['l', 'languages'],
    ['r', 'round'],
    ['w', 'wager'],
    ['s', 'sound'],
    ['e', 'results'],
    // USB buzzer boxes type a team's digit.
    ['1', 'team-1'],
    ['8', 'team-8'],
    ['9', undefined],
    ['0', undefined],
    ['x', undefined],
    ['toString', undefined],
    ['constructor', undefined],
  ])('%j → %s', (name, command) => {
    expect(presenterCommand(key(name))).toBe(command);
  });

  it.each(['ctrlKey', 'altKey', 'metaKey'] as const)(
    'leaves %s combinations to the browser (e.g. Ctrl+F)',
    (modifier) => {
      expect(presenterCommand(key('f', { [modifier]: true }))).toBeUndefined();
    },
  );

  it.each(['ctrlKey', 'metaKey'] as const)('undoes on %s+Z, as everywhere else', (modifier) => {
    expect(presenterCommand(key('z', { [modifier]: true }))).toBe('undo');
    expect(presenterCommand(key('Z', { [modifier]: true }))).toBe('undo');
  });

  it.each([
    ['team-1', 0],
    ['team-8', 7],
    ['next', undefined],
  ] as const)('%s names team %s', (command, team) => {
    expect(teamOf(command)).toBe(team);
  });
});
