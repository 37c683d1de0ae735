import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BROTLI_OPTIONS, GZIP_OPTIONS, isCompressible, PRECOMPRESSED_SUFFIX } from '../lib/deploy/compression.ts';
import { filesUnder } from './built-files.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Files compressed at once: zlib runs them on libuv's threads, four by default. */
const AT_ONCE = 4;

/**
 * The very last step: writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the
 * build (src/lib/deploy/compression.ts), which nginx and `npm run serve` send as they are. After the
 * service worker, so the copies are never listed in an offline save.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = filesUnder(fileURLToPath(dir)).filter(isCompressible);
        let raw = 0;
        let brotliBytes = 0;
        const queue = [...files];
        const worker = async () => {
          for (let file = queue.shift(); file; file = queue.shift()) {
            const content = await readFile(file);
            const [br, gz] = await Promise.all([brotli(content, BROTLI_OPTIONS), gzipAsync(content, GZIP_OPTIONS)]);
            await Promise.all([
              writeFile(file + PRECOMPRESSED_SUFFIX.br, br),
              writeFile(file + PRECOMPRESSED_SUFFIX.gzip, gz),
            ]);
            raw += content.length;
            brotliBytes += br.length;
          }
        };
        const started = Date.now();
        await Promise.all(Array.from({ length: AT_ONCE }, worker));
        const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
        logger.info(
          `${files.length} text files compressed in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
            `${mb(raw)} MB → ${mb(brotliBytes)} MB brotli, with gzip copies beside them`,
        );
      },
    },
  };
}
