import { describe, expect, it } from 'vitest';
import { islandPropsJson, islandPropsProblem } from './island-props.ts';

describe('islandPropsProblem', () => {
  it('accepts plain data, absent props included', () => {
    expect(
      islandPropsProblem({ lang: 'bo', count: 3, on: true, none: null, siteUrl: undefined, sets: [{ id: 'a' }] }),
    ).toBe(undefined);
  });

  it('names the first value JSON would drop or change, with its path', () => {
    expect(islandPropsProblem({ labels: { format: () => '' } })).toBe(
      'props.labels.format is a function, which JSON cannot carry: pass plain strings, numbers, booleans, arrays and objects',
    );
    expect(islandPropsProblem({ when: new Date(0) })).toMatch(/^props\.when is a Date/);
    expect(islandPropsProblem({ seen: new Set() })).toMatch(/^props\.seen is a Set/);
    expect(islandPropsProblem({ list: ['a', undefined] })).toBe('props.list[1] is undefined (JSON would make it null)');
    expect(islandPropsProblem({ ratio: Number.NaN })).toBe('props.ratio is NaN, not a finite number');
  });
});

describe('islandPropsJson', () => {
  it('cannot close its script element, and reads back to the same props', () => {
    const props = { title: '</script><script>alert(1)</script>' };
    const json = islandPropsJson(props);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(props);
  });
});
