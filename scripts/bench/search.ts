/** Bench section: the split search index's size, and the time to a first result on a slow phone on 2G. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizesOf } from '../../src/lib/budget/page-weight.ts';
import { measureFirstResults } from '../bench-search.ts';
import { KB, type BenchContext } from './section.ts';

const SEARCHES = [
  '/zh/search/?q=%E7%94%B5%E7%93%B6%E8%BD%A6%E5%85%85%E7%94%B5', // 电瓶车充电
  '/zh/search/?q=%E5%B0%8F%E5%AD%A9%E7%8E%A9%E7%81%AB', // 小孩玩火
  `/bo/search/?q=${encodeURIComponent('མེ་སྐྱོན')}`,
  `/bo/search/?q=${encodeURIComponent('ཕྲུ་གུ')}`,
];

export async function searchSection({ dist, port }: BenchContext): Promise<string[]> {
  const rows: string[] = [];
  // The index is split (head, term shards, records chunks); a query fetches what it needs.
  for (const lang of ['zh', 'bo'] as const) {
    const files = readdirSync(join(dist, 'search')).filter((name) => name.endsWith(`-${lang}.json`));
    const total = files.reduce((sum, name) => sum + sizesOf(readFileSync(join(dist, 'search', name))).brotli, 0);
    const head = sizesOf(readFileSync(join(dist, 'search', `index-${lang}.json`))).brotli;
    rows.push(
      `Search index ${lang}: ${files.length} files, ${(total / KB).toFixed(1)} KB brotli in all (saved offline); head ${(head / KB).toFixed(1)} KB.`,
    );
  }
  for (const r of await measureFirstResults(dist, SEARCHES, port)) {
    rows.push(
      `Search first result, fresh visit, 6× CPU, 400 kbps / 400 ms: ${decodeURIComponent(r.path)} ${(r.ms / 1000).toFixed(1)} s, ${(r.bytes / KB).toFixed(1)} KB on the wire in ${r.files} files (fonts excluded).`,
    );
  }
  return rows;
}
