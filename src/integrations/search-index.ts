import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { LOCALES } from '../i18n/locales.ts';
import { readGlossaryPairs, readSearchRecords } from '../lib/search/read-search-content.ts';
import { buildSearchIndex, searchIndexPath } from '../lib/search/search-index.ts';

/**
 * After the build: writes one search index per language, `/search/index-zh.json` and
 * `/search/index-bo.json` (stable addresses: the service worker precaches them), built from the
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
        const glossary = readGlossaryPairs(contentDir);
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
          const json = JSON.stringify(buildSearchIndex(locale, records, glossary));
          const path = join(outDir, searchIndexPath(locale));
          mkdirSync(join(path, '..'), { recursive: true });
          writeFileSync(path, json);
          const size = Buffer.byteLength(json);
          pages += records.length;
          bytes += size;
          summary.push(`${locale} ${records.length} (${kb(size)}, ${kb(brotliCompressSync(json).length)} brotli)`);
        }
        logger.info(`${pages} pages indexed, ${bytes} bytes written: ${summary.join('; ')}`);
      },
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
