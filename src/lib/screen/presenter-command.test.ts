import { describe, expect, it } from 'vitest';
import { presenterCommand } from './presenter-command.ts';

const key = (name: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: name,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('presenter remote and keyboard keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    [' ', 'toggle-pause'],
    ['p', 'toggle-pause'],
    ['P', 'toggle-pause'],
    ['b', 'toggle-blank'],
    ['B', 'toggle-blank'],
    ['.', 'toggle-blank'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Enter', undefined],
    ['Escape', undefined],
    ['x', undefined],
    ['toString', undefined],
  ])('%j → %s', (name, command) => {
    expect(presenterCommand(key(name))).toBe(command);
  });

  it.each(['ctrlKey', 'altKey', 'metaKey'] as const)(
    'leaves %s combinations to the browser (e.g. Ctrl+F)',
    (modifier) => {
      expect(presenterCommand(key('f', { [modifier]: true }))).toBeUndefined();
    },
  );
});
