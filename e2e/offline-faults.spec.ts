/**
 * The service worker when the network is slow or gone, the phone is full, or a new deployment
 * arrives: each test runs the built site on its own fault server (e2e/support/fault-server.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { nextBuild, startFaultServer, type FaultServer } from './support/fault-server.ts';

test.describe.configure({ mode: 'serial' });

let server: FaultServer;
let context: BrowserContext;
let page: Page;

test.beforeEach(async ({ browser }) => {
  server = await startFaultServer();
  context = await browser.newContext({ baseURL: server.url });
  page = await context.newPage();
});
test.afterEach(async () => {
  await context.close();
  await server.close();
});

/** The first visit installs the worker; the reload is the first page it controls. */
async function installWorker(path: string) {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

const NEXT = '/tmp/fire-site-faults-next';
const NEXT_BUILD = 'faultnext001';
/** The next deployment: /zh/law/28/ and the Chinese search index carry a marker. */
function deployNext(workerPrefix = '') {
  nextBuild(NEXT, NEXT_BUILD, workerPrefix, {
    '/zh/law/28/': (html) => html.replace('<head>', '<head><meta name="test-build" content="next">'),
    '/zh/search/': (html) => html.replace('<head>', '<head><meta name="test-build" content="next">'),
    '/search/index-zh.json': (json) => json.replace('{', '{"testBuild":"next",'),
  });
  server.serve(NEXT);
}
test.afterAll(() => rmSync(NEXT, { recursive: true, force: true }));

const pageBuild = () =>
  page.evaluate(() => document.querySelector('meta[name="test-build"]')?.getAttribute('content') ?? 'first');
const indexBuild = () =>
  page.evaluate(async () => {
    const index = await (await fetch('/search/index-zh.json')).json();
    return (index.testBuild as string | undefined) ?? 'first';
  });

test('a page that takes 4 s to arrive is shown, not the offline page; the offline page only when the network fails', async () => {
  test.setTimeout(60_000);
  await installWorker('/zh/');
  server.delay(4000, /^\/zh\/law\/7\//);
  const started = Date.now();
  await page.goto('/zh/law/7/');
  expect(Date.now() - started).toBeGreaterThanOrEqual(3900);
  await expect(page.locator('.article-text')).toBeVisible();
  await expect(page.locator('.offline-saver')).toHaveCount(0);

  // What the worker holds it serves at once, however slow the network.
  server.delay(8000);
  const again = Date.now();
  await page.goto('/zh/law/7/');
  await expect(page.locator('.article-text')).toBeVisible();
  expect(Date.now() - again).toBeLessThan(3000);

  // A network that fails: the held page still, and the offline page for one that was never opened.
  server.delay(0);
  server.down(true);
  await page.goto('/zh/law/7/');
  await expect(page.locator('.article-text')).toBeVisible();
  await page.goto('/zh/law/8/');
  await expect(page.getByRole('alert')).toContainText('这个页面没有保存在这部手机上');
});

test('before the reader accepts an update, a page and the search index come from the same deployment', async () => {
  test.setTimeout(60_000);
  await installWorker('/zh/');
  await page.goto('/zh/search/?q=灭火器');
  await expect(page.locator('main a[href^="/zh/"]').first()).toBeVisible({ timeout: 15_000 });
  expect([await pageBuild(), await indexBuild()]).toEqual(['first', 'first']);

  deployNext();
  await page.goto('/zh/search/?q=灭火器');
  await expect(page.locator('#update-banner')).toBeVisible({ timeout: 30_000 });
  await page.goto('/zh/search/?q=灭火器');
  await expect(page.locator('main a[href^="/zh/"]').first()).toBeVisible({ timeout: 15_000 });
  expect(await indexBuild()).toBe(await pageBuild());
});

test('saving after a new deployment, before accepting it, stores the new deployment’s files only', async () => {
  test.setTimeout(120_000);
  await installWorker('/zh/');
  // The old worker keeps this page from browsing.
  await page.goto('/zh/law/28/');
  expect(await pageBuild()).toBe('first');

  deployNext();
  await page.goto('/zh/offline/');
  await expect(page.locator('#update-banner')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '开始保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存好了' })).toBeVisible({ timeout: 90_000 });
  const saved = await page.evaluate(async (build) => {
    const cache = await caches.open(`saved-${build}`);
    const held = await cache.match('/zh/law/28/');
    if (!held) return 'missing';
    // Saved files are stored gzip-compressed (saved-cache.ts).
    if (held.headers.get('x-stored-encoding') !== 'gzip') return held.text();
    return new Response(held.body!.pipeThrough(new DecompressionStream('gzip'))).text();
  }, NEXT_BUILD);
  expect(saved).toContain('<meta name="test-build" content="next">');
});

/**
 * A phone with little room left. Chromium's DevTools quota override (Storage.overrideQuotaForOrigin)
 * does not change this build's quota, so the limit is simulated where the browser enforces it: once
 * the caches hold this many bytes, Cache.put throws the browser's own QuotaExceededError, and
 * navigator.storage.estimate says the same. The script runs in the page (addInitScript) or at the top
 * of the next deployment's service worker.
 */
const simulateQuota = (limit: number) => `(() => {
  const LIMIT = ${limit};
  const sizes = new Map();
  const used = () => [...sizes.values()].reduce((a, b) => a + b, 0);
  const keyOf = (cache, request) =>
    cache.__name + ' ' + new URL(typeof request === 'string' ? request : request.url, location.href).href;
  const { open, delete: deleteCache } = CacheStorage.prototype;
  const { put, delete: remove } = Cache.prototype;
  // What the caches hold already, as a real quota counts it.
  const counted = (async () => {
    for (const name of await caches.keys()) {
      const cache = await open.call(caches, name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        sizes.set(name + ' ' + request.url, (await response.arrayBuffer()).byteLength);
      }
    }
  })();
  CacheStorage.prototype.open = async function (name) {
    const cache = await open.call(this, name);
    cache.__name = name;
    return cache;
  };
  CacheStorage.prototype.delete = async function (name) {
    await counted;
    for (const key of [...sizes.keys()]) if (key.startsWith(name + ' ')) sizes.delete(key);
    return deleteCache.call(this, name);
  };
  Cache.prototype.put = async function (request, response) {
    await counted;
    const key = keyOf(this, request);
    const size = (await response.clone().arrayBuffer()).byteLength;
    if (used() - (sizes.get(key) ?? 0) + size > LIMIT)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await put.call(this, request, response);
    sizes.set(key, size);
  };
  Cache.prototype.delete = async function (request) {
    await counted;
    sizes.delete(keyOf(this, request));
    return remove.call(this, request);
  };
  navigator.storage.estimate = async () => (await counted, { usage: used(), quota: LIMIT });
})();
`;

test('a full phone is told apart from a lost network, with the room needed, and the partial save is removed', async () => {
  test.setTimeout(120_000);
  // Room for 1 MB of the 1.7 MB the Chinese save needs stored; the page's own saves count against it.
  await page.addInitScript(simulateQuota(1_000_000));
  await installWorker('/zh/offline/');
  await page.getByRole('button', { name: '开始保存' }).click();
  const note = page.getByRole('status').filter({ hasText: '存储空间不够' });
  await expect(note).toBeVisible({ timeout: 60_000 });
  await expect(note).toContainText(/还需要 \d+(\.\d)? MB，现在只剩 \d+(\.\d)? (KB|MB)/);
  await expect(page.getByRole('status').filter({ hasText: '网络' })).toHaveCount(0);
  const leftover = await page.evaluate(async () => {
    let files = 0;
    for (const name of await caches.keys())
      if (name.startsWith('saved-')) files += (await (await caches.open(name)).keys()).length;
    return files;
  });
  expect(leftover).toBe(0);

  // Pressing again says the same, not "network interrupted".
  await page.getByRole('button', { name: '开始保存' }).click();
  await expect(note).toBeVisible({ timeout: 60_000 });

  // A lost network is reported as such, and pressing again resumes.
  server.down(true);
  await page.getByRole('button', { name: '开始保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存中断了' })).toBeVisible({ timeout: 30_000 });
});

test('an update of a saved site needs room for the changed files, not for a second full copy', async () => {
  test.setTimeout(180_000);
  await installWorker('/zh/offline/');
  await page.getByRole('button', { name: '开始保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存好了' })).toBeVisible({ timeout: 90_000 });
  const stored = await page.evaluate(async () => {
    let bytes = 0;
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        bytes += (await (await (await caches.open(name)).match(request))!.arrayBuffer()).byteLength;
    return bytes;
  });
  // Room for the changed files (a few KB), not for the 1.7 MB of a second copy.
  deployNext(simulateQuota(stored + 500_000));
  await page.reload();
  const banner = page.locator('#update-banner');
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await Promise.all([page.waitForEvent('framenavigated'), banner.getByRole('button').click()]);
  await page.waitForLoadState();
  await expect(page.getByTestId('saved-version')).toContainText(NEXT_BUILD);
  server.down(true);
  await page.goto('/zh/law/28/');
  expect(await pageBuild()).toBe('next');
  await page.goto('/zh/law/40/');
  await expect(page.locator('.article-text')).toBeVisible();
});
