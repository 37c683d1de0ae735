import { describe, expect, it } from 'vitest';
import { iconPath } from './icon-path.ts';
import { ICON_NAMES, ICONS } from './icon-set.ts';

describe('the site icon set', () => {
  it.each(ICON_NAMES)('%s has one path that starts with an absolute move', (name) => {
    expect(ICONS[name].name).toBe(name);
    expect(iconPath(ICONS[name].node)).toMatch(/^M\d/);
    expect(iconPath(ICONS[name].node)).not.toMatch(/NaN|undefined/);
  });

  it.each(ICON_NAMES)('%s starts its shapes inside the 24×24 grid, so its fixed box does not cut it', (name) => {
    const moves = [...iconPath(ICONS[name].node).matchAll(/M(-?[\d.]+)[ ,]?(-?[\d.]+)/g)].flatMap((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(moves.length).toBeGreaterThan(0);
    for (const value of moves) expect(value).toSatisfy((v: number) => v >= 0 && v <= 24);
  });

  it('gives every icon its own name', () => {
    expect(new Set(ICON_NAMES).size).toBe(ICON_NAMES.length);
  });
});
