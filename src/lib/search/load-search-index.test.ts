import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from './load-search-index.ts';
import { runSearch } from './run-search.ts';
import { recordChunkPath, searchIndexPath, termShardPath } from './search-files.ts';
import { buildSearchIndex } from './search-index.ts';
import { splitSearchIndex } from './split-search-index.ts';

const file = buildSearchIndex(
  'zh',
  [
    { url: '/zh/a/', title: '灭火器', type: 'guide', text: '灭火器的用法' },
    { url: '/zh/b/', title: '孩子与火', type: 'guide', text: '火柴放高处' },
  ],
  [{ zh: ['孩子', '小孩'], bo: [] }],
);
const split = splitSearchIndex(file, { shardBytes: 20, chunkBytes: 10 });
const served = new Map<string, unknown>([
  [searchIndexPath('zh'), split.head],
  ...split.shards.map((shard, i) => [termShardPath('zh', i), shard] as const),
  ...split.chunks.map((chunk, i) => [recordChunkPath('zh', i), chunk] as const),
]);
const serve = (files: Map<string, unknown>, asked: string[] = []) =>
  (async (url: string) => {
    asked.push(url);
    return files.has(url) ? new Response(JSON.stringify(files.get(url))) : new Response('not found', { status: 404 });
  }) as typeof fetch;

describe('loadSearchIndex', () => {
  it('fetches only the shards a query needs, and answers as the whole index does', async () => {
    const asked: string[] = [];
    const index = await loadSearchIndex('zh', serve(served, asked));
    await index.prepare('小孩');
    const shards = asked.filter((url) => url.includes('/terms-'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(split.shards.length);
    expect(runSearch(index.engine(), '小孩').hits).toEqual(runSearch(buildEngine(), '小孩').hits);
  });

  it('fetches the records of the pages asked for', async () => {
    const index = await loadSearchIndex('zh', serve(served));
    expect(index.engine().record(1)).toBeUndefined();
    await index.records([1]);
    expect(index.engine().record(1)?.title).toBe('孩子与火');
  });

  it('rejects an index of another version', async () => {
    const old = new Map(served).set(searchIndexPath('zh'), { ...split.head, version: 1 });
    await expect(loadSearchIndex('zh', serve(old))).rejects.toThrow(/version 1/);
  });

  it('rejects a failed request, and a failed shard', async () => {
    await expect(loadSearchIndex('zh', serve(new Map()))).rejects.toThrow(/404/);
    const index = await loadSearchIndex('zh', serve(new Map([[searchIndexPath('zh'), split.head]])));
    await expect(index.prepare('灭火器')).rejects.toThrow(/terms-\d+-zh\.json: HTTP 404/);
  });
});

import { openSearchIndex } from './search-engine.ts';
const buildEngine = () => openSearchIndex(file);
