import type { Locale } from '@/i18n/locales.ts';
/**
 * `npm run bench`: builds the site and prints, for each page type, the bytes a reader downloads
 * (raw, gzip, brotli) beside the budget; the offline sizes; the search index; the build time; and
 * Lighthouse scores (mobile preset, local Chromium) for a zh and a bo page. Timings live here, not in tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageWeight, sizesOf, type Sizes } from '../src/lib/budget/page-weight.ts';
import type { OfflineManifest } from '../src/lib/offline/offline-manifest.ts';
import { measureFirstResults } from './bench-search.ts';

const DIST = 'dist';
const KB = 1024;
const skipBuild = process.argv.includes('--no-build');

const started = Date.now();
if (!skipBuild) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const buildSeconds = (Date.now() - started) / 1000;

const fmt = (s: Sizes) => `${(s.raw / KB).toFixed(1)} / ${(s.gzip / KB).toFixed(1)} / ${(s.brotli / KB).toFixed(1)}`;
const ratio = (value: number, budget: number) => `${((value / budget) * 100).toFixed(0)}%`;

const PAGES: [string, string, { htmlCss?: number; js: number }][] = [
  ['home', '/bo/', { htmlCss: 14, js: 3 }],
  ['law article', '/bo/law/28/', { htmlCss: 14, js: 3 }],
  ['hub', '/zh/campaign/pastoral/', { htmlCss: 14, js: 3 }],
  ['guide', '/bo/guides/winter-stoves/', { htmlCss: 14, js: 3 }],
  ['checklist', '/bo/checklists/household/', { js: 20 }],
  ['quiz', '/zh/quiz/households/', { js: 20 }],
  ['classroom', '/zh/classroom/', { htmlCss: 15, js: 20 }],
  ['classroom', '/bo/classroom/', { htmlCss: 15, js: 20 }],
  ['search', '/bo/search/', { js: 20 }],
  ['screen', '/screen/general/', { js: 20 }],
];
const fontSizes = [400, 700].map(
  (w) => readFileSync(join(DIST, 'fonts', `noto-serif-tibetan-${w}.subset.woff2`)).length,
);

const rows: string[] = [];
rows.push('| page type | path | HTML raw/gz/br KB | CSS | JS | HTML+CSS br vs budget | JS br vs budget |');
rows.push('| --- | --- | --- | --- | --- | --- | --- |');
for (const [type, path, budget] of PAGES) {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) {
    rows.push(`| ${type} | ${path} | (not built) | | | | |`);
    continue;
  }
  const w = pageWeight(DIST, path);
  const htmlCss = (w.html.brotli + w.css.brotli) / KB;
  rows.push(
    `| ${type} | ${path} | ${fmt(w.html)} | ${fmt(w.css)} | ${fmt(w.js)} | ${budget.htmlCss ? `${htmlCss.toFixed(1)} / ${budget.htmlCss} KB (${ratio(htmlCss, budget.htmlCss)})` : `${htmlCss.toFixed(1)} KB (no budget)`} | ${(w.js.brotli / KB).toFixed(1)} / ${budget.js} KB (${ratio(w.js.brotli / KB, budget.js)}) |`,
  );
}
rows.push('');
rows.push(
  `Tibetan font subset: 400 ${(fontSizes[0]! / KB).toFixed(1)} KB, 700 ${(fontSizes[1]! / KB).toFixed(1)} KB (budget 100 KB each: ${ratio(fontSizes[0]!, 100 * KB)}, ${ratio(fontSizes[1]!, 100 * KB)}); woff2 is already compressed.`,
);

const manifest = JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const shellUrls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
const shellBytes = shellUrls.reduce(
  (sum, url) => sum + readFileSync(join(DIST, url.endsWith('/') ? `${url}index.html` : url)).length,
  0,
);
rows.push(`Precache (app shell, every visitor): ${shellUrls.length} files, ${(shellBytes / KB).toFixed(0)} KB raw.`);
const transfer = (languages: Locale[]) => {
  const files = new Map<string, number>();
  for (const g of ['shared', ...languages] as const)
    for (const f of manifest.groups[g])
      files.set(f.url, sizesOf(readFileSync(join(DIST, f.url.endsWith('/') ? `${f.url}index.html` : f.url))).brotli);
  return [...files.values()].reduce((a, b) => a + b, 0);
};
rows.push(
  `Full offline save: zh ${(manifest.totals.zh / KB / KB).toFixed(1)} MB raw (${(transfer(['zh']) / KB / KB).toFixed(1)} MB brotli), bo ${(manifest.totals.bo / KB / KB).toFixed(1)} MB raw (${(transfer(['bo']) / KB / KB).toFixed(1)} MB brotli), both ${(manifest.totals.both / KB / KB).toFixed(1)} MB raw (${(transfer(['zh', 'bo']) / KB / KB).toFixed(1)} MB brotli).`,
);

// Search on 2G: the index is split (head, term shards, records chunks); a query fetches what it needs.
for (const lang of ['zh', 'bo'] as const) {
  const files = readdirSync(join(DIST, 'search')).filter((name) => name.endsWith(`-${lang}.json`));
  const total = files.reduce((sum, name) => sum + sizesOf(readFileSync(join(DIST, 'search', name))).brotli, 0);
  const head = sizesOf(readFileSync(join(DIST, 'search', `index-${lang}.json`))).brotli;
  rows.push(
    `Search index ${lang}: ${files.length} files, ${(total / KB).toFixed(1)} KB brotli in all (saved offline); head ${(head / KB).toFixed(1)} KB.`,
  );
}
const SEARCHES = [
  '/zh/search/?q=%E7%94%B5%E7%93%B6%E8%BD%A6%E5%85%85%E7%94%B5', // 电瓶车充电
  '/zh/search/?q=%E5%B0%8F%E5%AD%A9%E7%8E%A9%E7%81%AB', // 小孩玩火
  `/bo/search/?q=${encodeURIComponent('མེ་སྐྱོན')}`,
  `/bo/search/?q=${encodeURIComponent('ཕྲུ་གུ')}`,
];
for (const r of await measureFirstResults(DIST, SEARCHES)) {
  rows.push(
    `Search first result, fresh visit, 6× CPU, 400 kbps / 400 ms: ${decodeURIComponent(r.path)} ${(r.ms / 1000).toFixed(1)} s, ${(r.bytes / KB).toFixed(1)} KB on the wire in ${r.files} files (fonts excluded).`,
  );
}
rows.push(`Build time: ${skipBuild ? '(not built by this run)' : `${buildSeconds.toFixed(1)} s`}.`);

// Lighthouse, mobile preset, against the built site on a local static server.
const port = 4398;
const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1']);
await new Promise((resolve) => server.stdout.once('data', resolve));
const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const path of ['/zh/law/28/', '/bo/guides/winter-stoves/']) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    rows.push(
      `Lighthouse ${path}: ${Object.values(categories)
        .map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`)
        .join(', ')}.`,
    );
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.log(rows.join('\n'));
