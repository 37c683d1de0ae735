import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneCspHashes } from '../lib/build/csp-hashes.ts';
import { filesUnder } from './built-files.ts';

/**
 * After the build, before the service worker versions the pages: each page's CSP meta tag keeps
 * only the hashes of its own inline scripts and styles (src/lib/build/csp-hashes.ts), about 1.1 KB
 * brotli less on every page. Fails if a page has an inline script or style its policy would refuse.
 */
export function cspHashes(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let pages = 0;
        let removed = 0;
        for (const file of filesUnder(dist).filter((path) => path.endsWith('.html'))) {
          const pruned = pruneCspHashes(readFileSync(file, 'utf8'));
          if (pruned.missing.length)
            throw new Error(
              `csp-hashes: ${relative(dist, file)} has inline code its content-security-policy refuses (${pruned.missing.join(', ')}). ` +
                'Add its hash to security.csp in astro.config.mjs (as for src/site/tibetan-font-pending.ts), or load it from a file.',
            );
          if (!pruned.removed) continue;
          writeFileSync(file, pruned.html);
          pages += 1;
          removed += pruned.removed;
        }
        logger.info(`dropped ${removed} hashes of other pages' inline code from the policies of ${pages} pages`);
      },
    },
  };
}
