import { describe, expect, it } from 'vitest';
import { iconPath, type IconNode } from './icon-path.ts';

describe('iconPath', () => {
  it.each<[string, IconNode, string]>([
    ['keeps an absolute path', [['path', { d: 'M12 3v18' }]], 'M12 3v18'],
    ['makes a leading relative move absolute', [['path', { d: 'm5 12 7-7' }]], 'M5 12l7-7'],
    ['keeps a relative move with no line after it', [['path', { d: 'm5 12h7' }]], 'M5 12h7'],
    ['draws a circle as two arcs', [['circle', { cx: 12, cy: 12, r: 3 }]], 'M9 12a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z'],
    ['draws a square rect', [['rect', { x: 2, y: 4, width: 6, height: 8 }]], 'M2 4h6v8h-6z'],
    [
      'draws a rounded rect with its corners',
      [['rect', { x: '6', y: '7', width: '12', height: '14', rx: '4' }]],
      'M10 7h4a4 4 0 0 1 4 4v6a4 4 0 0 1 -4 4h-4a4 4 0 0 1 -4 -4v-6a4 4 0 0 1 4 -4z',
    ],
    ['draws a line', [['line', { x1: 10, y1: 2, x2: 14, y2: 2 }]], 'M10 2L14 2'],
    [
      'draws a polyline open and a polygon closed',
      [
        ['polyline', { points: '1 2 3 4' }],
        ['polygon', { points: '5,6 7,8 9,6' }],
      ],
      'M1 2L3 4M5 6L7 8L9 6z',
    ],
    [
      'joins the elements in order',
      [
        ['path', { d: 'M1 1h2' }],
        ['circle', { cx: 5, cy: 5, r: 0.5 }],
      ],
      'M1 1h2M4.5 5a0.5 0.5 0 1 0 1 0a0.5 0.5 0 1 0 -1 0z',
    ],
  ])('%s', (_, node, d) => {
    expect(iconPath(node)).toBe(d);
  });

  it('refuses an element it cannot draw as a path, naming it', () => {
    expect(() => iconPath([['text', { x: 1 }]])).toThrow('<text>');
  });

  it('refuses a circle without a radius', () => {
    expect(() => iconPath([['circle', { cx: 1, cy: 1 }]])).toThrow('number r');
  });
});
