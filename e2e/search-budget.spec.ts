import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizesOf } from '../src/lib/budget/page-weight.ts';
import { expect, test } from './fixtures.ts';
import { beforeFirstResult, watchForFirstResult } from './support/first-result.ts';

/**
 * On 2G every kilobyte waits: a fresh visit to the search page and its first query may fetch at most
 * 40 KB brotli in all — the page (its CSS is inline), its scripts and the parts of the index the
 * query needs. Fonts have their own budget (budgets.spec.ts) and are not counted here.
 */
const BUDGET = 40 * 1024;
const DIST = 'dist';

/** Everyday queries, the heaviest we know of in each language, and a query in the other script. */
const VISITS: [string, string, string][] = [
  ['/zh/search/', '电瓶车充电', '/zh/guides/e-bike-charging/'],
  ['/zh/search/', '帐篷着火', '/zh/guides/tents/'],
  ['/zh/search/', 'ཕྲུ་གུ', '/bo/guides/children/'],
  ['/bo/search/', 'མེ་སྐྱོན', '/bo/'],
  ['/bo/search/', 'དུག་རླངས་ཕོག', '/bo/guides/winter-stoves/'],
  ['/bo/search/', '煤气中毒', '/zh/guides/winter-stoves/'],
];

const fileOf = (pathname: string) => join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
const brotliOf = (paths: string[]) =>
  paths
    .filter((pathname) => !/\.(woff2|png|svg|ico|webmanifest)$/.test(pathname))
    .map((pathname) => ({
      pathname,
      brotli: existsSync(fileOf(pathname)) ? sizesOf(readFileSync(fileOf(pathname))).brotli : 0,
    }));
const sum = (files: { brotli: number }[]) => files.reduce((total, { brotli }) => total + brotli, 0);
const listing = (files: { pathname: string; brotli: number }[]) =>
  files.map(({ pathname, brotli }) => `${pathname} ${brotli}`).join('\n');

for (const [path, query, expected] of VISITS) {
  test(`a fresh visit to ${path} and the first query ${query} fetch at most 40 KB brotli`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await watchForFirstResult(page);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(path);
    await expect(page.locator('.search[data-state]')).toBeAttached();
    await page.getByRole('searchbox').first().fill(query);
    await expect(page.locator(`main ol.search-results a[href^="${expected}"]`).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const { urls } = await beforeFirstResult(page);
    const beforeFirst = [path, ...urls.map((url) => new URL(url).pathname)];
    const first = brotliOf(beforeFirst);
    const all = brotliOf(fetched);
    console.log(
      `${path} ${query}: first result ${(sum(first) / 1024).toFixed(1)} KB brotli in ${first.length} files; ` +
        `all lists ${(sum(all) / 1024).toFixed(1)} KB in ${all.length} files`,
    );
    // Only parts of the index travel: its head, some term shards, the records shown.
    expect(first.some(({ pathname }) => /\/search\/terms-\d+-(zh|bo)\.json$/.test(pathname))).toBe(true);
    expect(first.some(({ pathname }) => /\/search\/records-\d+-(zh|bo)\.json$/.test(pathname))).toBe(true);
    expect(sum(first), listing(first)).toBeLessThanOrEqual(BUDGET);
    // A query in the page's own script has no second list to wait for: everything it shows fits too.
    if (!crossScript(path, query)) expect(sum(all), listing(all)).toBeLessThanOrEqual(BUDGET);
    await context.close();
  });
}

const crossScript = (path: string, query: string) =>
  path.startsWith('/zh/') ? /[\u0F00-\u0FFF]/u.test(query) : /\p{Script=Han}/u.test(query);
