import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTranslationStatus } from './format-status.ts';
import { markTranslation } from './mark-translation.ts';
import { readTranslations, reviewOrder } from './read-translations.ts';
import { sourceHash } from './source-hash.ts';
import { translationState } from './translation-state.ts';

const guide = (body: string, extra = '') =>
  `---\ntitle: 冬季取暖炉具安全\nkeyMessage: 睡前让火烧完。\nicon: stove\norder: 10${extra}\n---\n${body}\n`;

describe('sourceHash', () => {
  it('changes when the Chinese words change', () => {
    expect(sourceHash('a.md', guide('1. 炉子旁不放柴草。'))).not.toBe(
      sourceHash('a.md', guide('1. 炉子旁不放柴草和衣物。')),
    );
  });
  it.each([
    ['a tag or the order', guide('1. 炉子旁不放柴草。', '\naudiences: [pastoral]').replace('order: 10', 'order: 20')],
    ['trailing spaces and Windows line ends', guide('1. 炉子旁不放柴草。   ').replace(/\n/g, '\r\n')],
  ])('stays the same when only %s changes', (_what, changed) => {
    expect(sourceHash('a.md', changed)).toBe(sourceHash('a.md', guide('1. 炉子旁不放柴草。')));
  });
  it('hashes a statute article by its text only', () => {
    const article = (text: string, chapter: number) => JSON.stringify({ number: 1, chapter, text });
    expect(sourceHash('1.json', article('为了预防火灾', 1))).toBe(sourceHash('1.json', article('为了预防火灾', 2)));
    expect(sourceHash('1.json', article('为了预防火灾', 1))).not.toBe(sourceHash('1.json', article('为了预防', 1)));
  });
});

describe('translationState', () => {
  it.each([
    [{ status: 'draft' }, 'unmarked'],
    [{ status: 'draft', sourceHash: 'aaa' }, 'outdated'],
    [{ status: 'reviewed', sourceHash: 'aaa' }, 'outdated'],
    [{ status: 'draft', sourceHash: 'bbb' }, 'draft'],
    [{ status: 'reviewed', sourceHash: 'bbb' }, 'reviewed'],
  ] as const)('%o against bbb is %s', (marks, state) => {
    expect(translationState(marks, 'bbb')).toBe(state);
  });
});

describe('markTranslation', () => {
  const bo = '---\ntitle: ཐབ་ཀ\nstatus: draft\n---\nལུས།\n';
  it('adds the hash and leaves the rest byte for byte', () => {
    expect(markTranslation('x.md', bo, { sourceHash: '0123456789ab' })).toBe(
      '---\ntitle: ཐབ་ཀ\nstatus: draft\nsourceHash: 0123456789ab\n---\nལུས།\n',
    );
  });
  it('replaces an old hash and records the review', () => {
    const once = markTranslation('x.md', bo, { sourceHash: '0123456789ab' });
    const twice = markTranslation('x.md', once, {
      sourceHash: 'ba9876543210',
      reviewed: { by: 'བསོད་ནམས', date: '2026-12-03' },
    });
    expect(twice).toBe(
      '---\ntitle: ཐབ་ཀ\nstatus: reviewed\nsourceHash: ba9876543210\nreviewed: { by: "བསོད་ནམས", date: 2026-12-03 }\n---\nལུས།\n',
    );
  });
  it('marks a YAML file', () => {
    expect(markTranslation('x.yaml', 'title: ཀ\nstatus: draft\n', { sourceHash: '0123456789ab' })).toBe(
      'title: ཀ\nstatus: draft\nsourceHash: 0123456789ab\n',
    );
  });
});

describe('a copy of the content where the Chinese of a guide is edited', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translation-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content/guides', join(dir, 'guides'), { recursive: true });
  cpSync('content/law', join(dir, 'law'), { recursive: true });

  it('starts with every Tibetan text marked and none outdated', () => {
    const records = readTranslations(dir);
    expect(records.length).toBeGreaterThan(16);
    expect(records.filter((record) => record.state === 'outdated' || record.state === 'unmarked')).toEqual([]);
  });

  it('reports the Tibetan of that guide outdated, and only it', () => {
    const zh = join(dir, 'guides/zh/winter-stoves.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace(/\n$/, '\n4. 新增的一条：炉子旁放一桶沙。\n'));
    const outdated = readTranslations(dir).filter((record) => record.state === 'outdated');
    expect(outdated.map((record) => record.file)).toEqual(['guides/bo/winter-stoves.md']);
    const report = formatTranslationStatus(readTranslations(dir));
    expect(report).toMatch(
      /outdated 中文已更新:\n {4}guides\/bo\/winter-stoves\.md \(translated [0-9a-f]{12}, Chinese now/,
    );
    expect(report).toMatch(/translation-status: \d+ Tibetan texts, 1 outdated/);
  });
});

describe('reviewOrder', () => {
  it('puts emergency guides first, calling 119 before anything else', () => {
    const ordered = reviewOrder(readTranslations('content'));
    expect(ordered.slice(0, 3).map((record) => record.slug)).toEqual(['calling-119', 'escape-smoke', 'winter-stoves']);
    expect(ordered.at(-1)?.collection).toBe('lawSummaries');
  });
});
