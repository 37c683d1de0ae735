import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { LOCALES } from '../i18n/locales.ts';
import { readLexicon } from '../lib/search/read-lexicon.ts';
import { readSearchRecords } from '../lib/search/read-search-content.ts';
import { recordChunkPath, searchIndexPath, termShardPath } from '../lib/search/search-files.ts';
import { buildSearchIndex } from '../lib/search/search-index.ts';
import { splitSearchIndex } from '../lib/search/split-search-index.ts';

/**
 * After the build: writes each language's search index as its head `/search/index-<lang>.json`
 * (a stable address), its term shards and its records chunks (search-files.ts), built from the
 * content files with the same pure functions the tests use. Fails the build on a page without
 * title or text, since it could never be found.
 */
export function searchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const contentDir = join(root, 'content');
        const lexicon = readLexicon(contentDir);
        const outDir = fileURLToPath(dir);
        const summary: string[] = [];
        let pages = 0;
        let bytes = 0;
        for (const locale of LOCALES) {
          const records = readSearchRecords(contentDir, locale);
          const empty = records.filter((record) => !record.title || !record.text);
          if (empty.length) {
            throw new Error(
              `search-index: ${empty.length} ${locale} pages have no title or no text: ${empty.map((record) => record.url).join(', ')}. ` +
                'Fix: give the content file its title and body.',
            );
          }
          const split = splitSearchIndex(buildSearchIndex(locale, records, lexicon));
          const files: [string, unknown][] = [
            [searchIndexPath(locale), split.head],
            ...split.shards.map((shard, i): [string, unknown] => [termShardPath(locale, i), shard]),
            ...split.chunks.map((chunk, i): [string, unknown] => [recordChunkPath(locale, i), chunk]),
          ];
          let size = 0;
          let compressed = 0;
          for (const [url, content] of files) {
            const json = JSON.stringify(content);
            const path = join(outDir, url);
            mkdirSync(join(path, '..'), { recursive: true });
            writeFileSync(path, json);
            size += Buffer.byteLength(json);
            compressed += brotliCompressSync(json).length;
          }
          pages += records.length;
          bytes += size;
          summary.push(
            `${locale} ${records.length} in ${files.length} files (${split.shards.length} term shards, ${split.chunks.length} records chunks; ${kb(size)}, ${kb(compressed)} brotli)`,
          );
        }
        logger.info(`${pages} pages indexed, ${bytes} bytes written: ${summary.join('; ')}`);
      },
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
