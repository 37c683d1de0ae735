import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAGE_REVISION, withPageRevision } from '../lib/build/page-revision.ts';
import { filesUnder } from './built-files.ts';

/**
 * After the steps that write a page's content, before the service worker versions the files: each
 * page that names its version gets a hash of itself there (src/lib/build/page-revision.ts), not the
 * build's date, so a rebuild changes only the pages whose content changed.
 */
export function pageRevision(): AstroIntegration {
  return {
    name: 'page-revision',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for (const file of filesUnder(fileURLToPath(dir)).filter((path) => path.endsWith('.html'))) {
          const built = withPageRevision(readFileSync(file, 'utf8'));
          if (!built) continue;
          writeFileSync(file, built.html);
          pages += 1;
        }
        logger.info(`wrote each page's own version where it says ${PAGE_REVISION}: ${pages} pages`);
      },
    },
  };
}
