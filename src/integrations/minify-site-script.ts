import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

/**
 * After the build: minifies `dist/site.js`, the one script every page loads. `public/site.js` keeps
 * its comments for whoever edits it; a reader on 2G pays for code, not for them (about 0.8 KB brotli
 * on every first visit). Runs before the service worker lists and versions the files.
 */
export function minifySiteScript(): AstroIntegration {
  return {
    name: 'minify-site-script',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = fileURLToPath(new URL('site.js', dir));
        const source = readFileSync(file, 'utf8');
        const { code } = await transform(source, { minify: true, target: 'es2019', loader: 'js' });
        writeFileSync(file, code);
        logger.info(`site.js minified: ${source.length} → ${code.length} bytes`);
      },
    },
  };
}
