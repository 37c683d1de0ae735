import { describe, expect, it } from 'vitest';
import { termGroup } from './term-group.ts';

describe('glossary groups', () => {
  it.each([
    ['一氧化碳', 'heating-fuel'],
    ['烟雾报警器', 'equipment'],
    ['拨打119', 'calling-escape'],
    ['电热毯', 'electricity'],
    ['电梯', 'places'],
    ['酥油灯', 'fire-sources'],
    ['消防安全检查', 'inspection'],
    ['《中华人民共和国消防法》', 'law'],
    ['火灾', 'basics'],
  ])('put %s under %s', (zh, group) => {
    expect(termGroup({ zh })).toBe(group);
  });

  it('let an editor choose the group', () => {
    expect(termGroup({ zh: '电梯', group: 'electricity' })).toBe('electricity');
  });
});
