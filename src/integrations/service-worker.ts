import type { AstroIntegration } from 'astro';
import { filesUnder } from './built-files.ts';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageAssets } from '../lib/budget/page-weight.ts';
import { lazyScriptsOf } from '../lib/build/lazy-scripts.ts';
import { buildOfflineManifest } from '../lib/offline/offline-manifest.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { href, shellPages } from '../site/routes.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * The shell of one language: its shell pages and the scripts they run, nothing else. Fonts and the
 * page the reader opened are kept at run time from what that page actually loaded (site.js tells the
 * worker), so a Chinese reader's phone never fetches a font only Tibetan pages use.
 */
function shellOf(dist: string, locale: Locale, lazy: Record<string, string[]>): string[] {
  const files = new Set<string>();
  for (const page of shellPages(locale)) {
    const { cssFiles, jsFiles } = pageAssets(dist, page);
    for (const file of [page, ...cssFiles, ...jsFiles, ...jsFiles.flatMap((script) => lazy[script] ?? [])])
      files.add(file);
  }
  // Last (sw.js reads the first file as the offline page): the favicon, which browsers ask for after
  // the page, outside Resource Timing, so site.js cannot name it, and offline it would fail on every page.
  files.add(href.favicon());
  return [...files];
}

const fileSize = (dist: string, url: string) =>
  statSync(join(dist, url.endsWith('/') ? `${url}index.html` : url.replace(/^\//, ''))).size;

/**
 * After the build (and the search index and font subset): writes offline-manifest.json, the list of
 * files `/{lang}/offline/` saves, then the service worker with each language's shell written in
 * where `self.__SHELLS` stands and the build's version for `__BUILD__`.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = filesUnder(dist).map((path) => ({ path: relative(dist, path), content: readFileSync(path) }));
        const manifest = buildOfflineManifest(files, new Date().toISOString());
        writeFileSync(join(dist, 'offline-manifest.json'), JSON.stringify(manifest));

        const scripts = new Map(
          files
            .filter(({ path }) => path.startsWith('_astro/') && path.endsWith('.js'))
            .map(({ path, content }) => [`/${path}`, content.toString('utf8')]),
        );
        const lazy = lazyScriptsOf(scripts);
        const shells = Object.fromEntries(LOCALES.map((locale) => [locale, shellOf(dist, locale, lazy)])) as Record<
          Locale,
          string[]
        >;
        const source = readFileSync(fileURLToPath(new URL('../service-worker/sw.js', import.meta.url)), 'utf8');
        for (const marker of ['self.__SHELLS', 'self.__LAZY'])
          if (!source.includes(marker)) throw new Error(`service-worker: sw.js lost its ${marker} marker`);
        writeFileSync(
          join(dist, 'sw.js'),
          source
            .replace('self.__SHELLS', JSON.stringify(shells))
            .replace('self.__LAZY', JSON.stringify(lazy))
            .replaceAll('__BUILD__', manifest.version),
        );
        const shellSizes = LOCALES.map(
          (locale) =>
            `${locale} ${shells[locale].length} files ${kb(shells[locale].reduce((sum, url) => sum + fileSize(dist, url), 0))}`,
        );
        const lazyCount = Object.keys(lazy).length;
        logger.info(
          `sw.js: shell ${shellSizes.join(', ')} (raw); ${lazyCount} ${lazyCount === 1 ? 'script loads' : 'scripts load'} more later, kept with its page; offline save: zh ${kb(manifest.totals.zh)}, bo ${kb(manifest.totals.bo)}, both ${kb(manifest.totals.both)}; version ${manifest.version}`,
        );
      },
    },
  };
}
