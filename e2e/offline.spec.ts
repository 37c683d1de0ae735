import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { startFaultServer } from './support/fault-server.ts';

// Service workers, caches and the network switch belong to one browser context: each test makes its own.
test.describe.configure({ mode: 'serial' });

test('after saving, every page type works with the network off', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/bo/offline/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByLabel(/རྒྱ་ཡིག་དང་བོད་ཡིག/).check();
  await expect(page.locator('.choices strong').nth(2)).toHaveText(/^[༠-༩]+(\.[༠-༩])? (KB|MB|GB)$/);
  await page.getByRole('button', { name: 'ཉར་འགོ་འཛུགས' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ཉར་ཚར་སོང' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('saved-version')).toContainText(/[0-9a-f]{12}/);
  // The page must be controlled by the service worker before the network goes.
  await page.reload();
  await context.setOffline(true);

  const visits: [string, string][] = [
    ['/zh/', 'h1'],
    ['/bo/law/28/', '.article-text'],
    ['/zh/campaign/pastoral/', '.hub'],
    ['/bo/guides/winter-stoves/', '.key-message'],
    ['/zh/checklists/household/', '.checklist input'],
    ['/bo/quiz/households/', '.quiz-app, .static-questions'],
    ['/zh/classroom/', 'h1'],
    ['/zh/glossary/', 'table'],
  ];
  for (const [path, selector] of visits) {
    await page.goto(path);
    await expect(page.locator(selector).first(), path).toBeVisible();
    await expect(page.locator('.offline-saver .note[role="alert"]'), path).toHaveCount(0);
  }
  // Islands still work offline: practise a question, tick a checklist.
  await page.goto('/zh/quiz/households/');
  await page.locator('.practice .question input').first().check();
  await page.getByRole('button', { name: '看答案' }).click();
  await expect(page.locator('.feedback')).toBeVisible();
  // Search with results, from its own static index.
  await page.goto('/bo/search/?q=མེ་སྐྱོན');
  await expect(page.locator('main a[href^="/bo/"]').first()).toBeVisible({ timeout: 10_000 });
  // Screen mode.
  await page.goto('/screen/general/');
  await expect(page.locator('body')).not.toContainText('offline');
  await expect(page.locator('p[lang="bo"]').first()).toBeVisible();
  await context.close();
});

test('a page that was not saved shows the site’s own offline page in the reader’s language', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/bo/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await context.setOffline(true);
  await page.goto('/bo/law/7/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await expect(page.getByRole('alert')).toContainText('ཤོག་ངོས་འདི་ཁ་པར་ནང་ཉར་མེད');
  // The emergency guides are always kept, and it links to them.
  await page.locator('a[href="/bo/guides/calling-119/"]').first().click();
  await expect(page.locator('.key-message')).toBeVisible();
  await context.close();
});

test('a new build served over the old one is offered in both languages and applied all at once', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const next = '/tmp/fire-site-next-build';
  rmSync(next, { recursive: true, force: true });
  cpSync('dist', next, { recursive: true });
  const sw = readFileSync(`${next}/sw.js`, 'utf8');
  const oldBuild = /const BUILD = '([^']+)'/.exec(sw)![1]!;
  writeFileSync(`${next}/sw.js`, sw.replaceAll(oldBuild, 'nextbuild000'));

  const buildOf = (page: import('@playwright/test').Page) =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (event) => resolve(event.data.build), { once: true });
          navigator.serviceWorker.controller!.postMessage('GET_BUILD');
        }),
    );

  // A server of this test's own on a free loopback port (a fixed port could be another run's).
  const server = await startFaultServer('dist');
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await page.goto('/zh/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    expect(await buildOf(page)).toBe(oldBuild);

    server.serve(next);
    await page.reload();
    const banner = page.locator('#update-banner');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner.locator('[lang="bo"]').first()).toBeVisible();
    await expect(banner.locator('[lang="zh-CN"]').first()).toBeVisible();
    // Until the reader accepts, the old version keeps serving.
    expect(await buildOf(page)).toBe(oldBuild);
    // Accepting reloads the page under the new worker; listen before clicking, the reload can be quick.
    await Promise.all([page.waitForEvent('framenavigated'), banner.getByRole('button').click()]);
    await page.waitForLoadState();
    await expect.poll(() => buildOf(page)).toBe('nextbuild000');
    const caches = await page.evaluate(() => window.caches.keys());
    expect(caches.filter((name) => name.includes(oldBuild))).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the site works where service workers are unavailable', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/zh/offline/');
  await expect(page.getByRole('status').first()).toContainText('这个浏览器不能保存网站', { timeout: 10_000 });
  await page.goto('/zh/law/44/');
  await expect(page.locator('.article-text')).toBeVisible();
  await context.close();
});
