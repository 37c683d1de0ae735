import { describe, expect, it } from 'vitest';
import { buildOfflineManifest, filesToSave, groupOf, urlOfFile } from './offline-manifest.ts';

const file = (path: string, text = path) => ({ path, content: Buffer.from(text) });

describe('offline manifest', () => {
  it.each([
    ['index.html', '/'],
    ['zh/index.html', '/zh/'],
    ['bo/law/16/index.html', '/bo/law/16/'],
    ['_astro/Quiz.abc.js', '/_astro/Quiz.abc.js'],
  ])('serves %s at %s', (path, url) => {
    expect(urlOfFile(path)).toBe(url);
  });

  it.each([
    ['/zh/law/16/', 'zh'],
    ['/bo/guides/tents/', 'bo'],
    ['/search/index-bo.json', 'bo'],
    // The classroom fetches these when a set is chosen: they go with their language's pages.
    ['/zh/quiz/schools/questions.json', 'zh'],
    ['/bo/quiz/schools/questions.json', 'bo'],
    // Every part of the split search index is saved with its language (src/lib/search/search-files.ts).
    ['/search/terms-0-zh.json', 'zh'],
    ['/search/terms-264-bo.json', 'bo'],
    ['/search/records-12-bo.json', 'bo'],
    ['/manifest-zh.webmanifest', 'zh'],
    ['/_astro/client.js', 'shared'],
    ['/screen/general/', 'shared'],
    ['/sw.js', undefined],
    ['/offline-manifest.json', undefined],
    ['/sitemap-0.xml', undefined],
    ['/zh/campaign/schools/poster/', undefined],
  ])('puts %s in group %s', (url, group) => {
    expect(groupOf(url)).toBe(group);
  });

  const manifest = buildOfflineManifest(
    [file('index.html', 'entry'), file('zh/index.html', '首页'), file('bo/index.html', 'ཁྱིམ'), file('sw.js')],
    '2026-11-29T00:00:00Z',
  );

  it('adds up what each choice downloads, shared files counted once', () => {
    expect(manifest.totals).toEqual({ zh: 5 + 6, bo: 5 + 12, both: 5 + 6 + 12 });
    expect(filesToSave(manifest, ['zh', 'bo']).map((f) => f.url)).toEqual(['/', '/zh/', '/bo/']);
  });

  it('says what each choice takes stored compressed: a page of repeated text far less than as built', () => {
    const big = buildOfflineManifest(
      [file('index.html', 'entry'), file('zh/index.html', '火灾预防'.repeat(2000)), file('bo/index.html', 'ཁྱིམ')],
      'later',
    );
    expect(big.totals.zh).toBe(5 + 24_000);
    expect(big.stored.zh).toBeLessThan(big.totals.zh / 20);
    // The shared entry page is counted once in "both".
    expect(big.stored.both).toBeGreaterThan(big.stored.zh);
    expect(big.stored.both).toBeLessThan(big.stored.zh + big.stored.bo);
  });

  it('changes its version when any file changes, and only then', () => {
    const same = buildOfflineManifest(
      [file('index.html', 'entry'), file('zh/index.html', '首页'), file('bo/index.html', 'ཁྱིམ')],
      'later',
    );
    const changed = buildOfflineManifest(
      [file('index.html', 'entry'), file('zh/index.html', '首页!'), file('bo/index.html', 'ཁྱིམ')],
      'later',
    );
    expect(same.version).toBe(manifest.version);
    expect(changed.version).not.toBe(manifest.version);
  });
});
