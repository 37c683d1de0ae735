// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { feedbackAddress } from './src/integrations/feedback-address.ts';
import { precompress } from './src/integrations/precompress.ts';
import { plainDynamicImport } from './src/integrations/plain-dynamic-import.ts';
import { minifySiteScript } from './src/integrations/minify-site-script.ts';
import { unloadedScripts } from './src/integrations/unloaded-scripts.ts';
import { contentLint } from './src/integrations/content-lint.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { pageRevision } from './src/integrations/page-revision.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { tibetanFontSubset } from './src/integrations/tibetan-font-subset.ts';
import { HTML_LANG, LOCALES } from './src/i18n/locales.ts';
import { inSitemap } from './src/site/sitemap-filter.ts';
import { tibetanFontPendingHash } from './src/site/tibetan-font-pending.ts';

/**
 * Modules that (nearly) every island imports (Preact, the island mount, the message formatter, the locale list, the
 * number, date and phrase formatters of src/lib/format/). The rest stay
 * in chunks of their own: the search page, which waits for its index on 2G, pays only for what it runs.
 */
const SHARED_BY_ISLANDS = [
  /node_modules\/preact\//,
  /\/src\/i18n\/(format-message|locales)\.ts$/,
  /\/src\/islands\/(mount|island-attributes)\.ts$/,
  /\/src\/lib\/format\//,
  // The one-line stand-in for Vite's import() helper (src/integrations/plain-dynamic-import.ts).
  /vite\/preload-helper/,
];

export default defineConfig({
  // The public address, when the build knows it: the sitemap and printed addresses use it. Without
  // it no sitemap is written and pages print paths, completed at run time (src/site/public-url.ts):
  // never a made-up host such as localhost. Any static host works (see README, Deploy).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  // A build of a fixture copy of content/ (CONTENT_DIR, e2e) keeps its own content cache, so it
  // never leaks into the real build's.
  ...(process.env.CONTENT_DIR ? { cacheDir: `${process.env.CONTENT_DIR}/.astro-cache` } : {}),
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No prefetch, no client router: content pages ship no JavaScript of their own.
  prefetch: false,
  devToolbar: { enabled: false },
  // A CSP meta tag on every page with hashes for Astro's own scripts and styles: no 'unsafe-inline'
  // for scripts. Style attributes (set by islands, e.g. progress widths) are allowed.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "form-action 'self'",
        "object-src 'none'",
        "base-uri 'self'",
      ],
      // The one inline script of our own: Tibetan text waits for its font (src/site/tibetan-font-pending.ts).
      scriptDirective: { resources: ["'self'"], hashes: [tibetanFontPendingHash()] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // Every island page needs Preact and the site's small shared helpers: one file for them, not
          // ten. On 2G each extra file costs its own round trip and ~500 bytes of headers, more than
          // most of these modules weigh (issue 17: a first visit's bytes on the wire).
          manualChunks: (id) => (SHARED_BY_ISLANDS.some((pattern) => pattern.test(id)) ? 'runtime' : undefined),
        },
      },
    },
  },
  integrations: [
    feedbackAddress(),
    contentLint(),
    mdx(),
    preact(),
    plainDynamicImport(),
    sitemap({
      filter: inSitemap,
      i18n: {
        defaultLocale: 'zh',
        locales: Object.fromEntries(LOCALES.map((locale) => [locale, HTML_LANG[locale]])),
      },
    }),
    // Before the font subset: the subset reads the index's Tibetan too.
    searchIndex(),
    cmsAdmin(),
    tibetanFontSubset(),
    minifySiteScript(),
    unloadedScripts(),
    // Each page's version is a hash of the page, so a rebuild changes only the pages that changed.
    pageRevision(),
    // After every step that writes HTML: each page's policy keeps only its own inline code's hashes.
    cspHashes(),
    // After every step that writes a file the site serves: it lists them all, the font subset and search index included.
    serviceWorker(),
    // After the worker's lists: the .br and .gz copies nginx and npm run serve send.
    precompress(),
  ],
});
