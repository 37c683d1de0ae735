import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { buildOfflineManifest } from '../lib/offline/offline-manifest.ts';
import { LOCALES } from '../i18n/locales.ts';
import { fileOfPage, href, shellPages } from '../site/routes.ts';

/** The app shell: what every visitor's phone keeps after the first visit, before saving anything. */
const SHELL_PATTERNS = [
  fileOfPage(href.entry()),
  ...LOCALES.flatMap((locale) => shellPages(locale).map(fileOfPage)),
  'site.js',
  'favicon.svg',
  'fonts/*.woff2',
  'icons/*',
  'manifest-*.webmanifest',
  '_astro/*.{js,css}',
];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * After the build (and the search index and font subset): writes offline-manifest.json, the list of
 * files `/{lang}/offline/` saves, then the service worker with workbox-build's injectManifest.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = walk(dist).map((path) => ({ path: relative(dist, path), content: readFileSync(path) }));
        const manifest = buildOfflineManifest(files, new Date().toISOString());
        writeFileSync(join(dist, 'offline-manifest.json'), JSON.stringify(manifest));

        const { count, size, warnings } = await injectManifest({
          swSrc: fileURLToPath(new URL('../service-worker/sw.js', import.meta.url)),
          swDest: join(dist, 'sw.js'),
          globDirectory: dist,
          globPatterns: SHELL_PATTERNS,
          // Directory pages are requested as /zh/, not /zh/index.html.
          manifestTransforms: [
            async (entries) => ({
              manifest: entries.map((e) => ({ ...e, url: '/' + e.url.replace(/(^|\/)index\.html$/, '$1') })),
              warnings: [],
            }),
          ],
        });
        if (warnings.length) throw new Error(`service-worker: ${warnings.join('; ')}`);
        const swPath = join(dist, 'sw.js');
        writeFileSync(swPath, readFileSync(swPath, 'utf8').replaceAll('__BUILD__', manifest.version));
        logger.info(
          `sw.js: shell ${count} files, ${kb(size)}; offline save: zh ${kb(manifest.totals.zh)}, bo ${kb(manifest.totals.bo)}, both ${kb(manifest.totals.both)}; version ${manifest.version}`,
        );
      },
    },
  };
}
