import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from './load-search-index.ts';
import { buildSearchIndex } from './search-index.ts';

const serve = (body: unknown, status = 200) =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
const file = buildSearchIndex('zh', [{ url: '/zh/a/', title: '灭火器', type: 'guide', text: '用法' }], []);

describe('loadSearchIndex', () => {
  it('opens an index of this version', async () => {
    const engine = await loadSearchIndex('/search/index-zh.json', serve(file));
    expect(engine.file.docs).toHaveLength(1);
  });

  it('rejects an index of another version', async () => {
    await expect(loadSearchIndex('/search/index-zh.json', serve({ ...file, version: 0 }))).rejects.toThrow(/version 0/);
  });

  it('rejects a failed request', async () => {
    await expect(loadSearchIndex('/search/index-zh.json', serve({}, 404))).rejects.toThrow(/404/);
  });
});
