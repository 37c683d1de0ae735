// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentLint } from './src/integrations/content-lint.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { tibetanFontSubset } from './src/integrations/tibetan-font-subset.ts';
import { HTML_LANG, LOCALES } from './src/i18n/locales.ts';

export default defineConfig({
  // The public address; QR codes and the sitemap use it. Any static host works (see README, Deploy).
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No prefetch, no client router: content pages ship no JavaScript of their own.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    contentLint(),
    mdx(),
    preact(),
    sitemap({
      i18n: {
        defaultLocale: 'zh',
        locales: Object.fromEntries(LOCALES.map((locale) => [locale, HTML_LANG[locale]])),
      },
    }),
    // Before the font subset: the subset reads the index's Tibetan too.
    searchIndex(),
    tibetanFontSubset(),
    // Last: it lists every built file, the font subset and search index included.
    serviceWorker(),
  ],
});
