/**
 * Storage used once (issue 17): a full save keeps every file one time, compressed, and never a second
 * copy in the browser's own cache; what the phone then holds, as the browser counts it
 * (navigator.storage.estimate), stays within the budget, and the offline page says that figure.
 */
import { FIRST_VISIT_BUDGETS } from '../src/lib/budget/first-visit-budgets.ts';
import { formatFor } from '../src/lib/format/index.ts';
import { filesToSave, type OfflineManifest } from '../src/lib/offline/offline-manifest.ts';
import { href } from '../src/site/routes.ts';
import { readFileSync } from 'node:fs';
import { expect, LOCALES, test } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('dist/offline-manifest.json', 'utf8')) as OfflineManifest;
const MB = 1024 * 1024;
const START = { zh: '开始保存', bo: 'ཉར་འགོ་འཛུགས' };
const DONE = { zh: '保存好了', bo: 'ཉར་ཚར་སོང' };

for (const locale of LOCALES) {
  const budget = FIRST_VISIT_BUDGETS.savedStorage[locale];
  test(`${locale}: after a full save the phone holds at most ${budget / MB} MB, each file once, and the offline page says how much`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ baseURL: baseURL! });
    try {
      const page = await context.newPage();
      await page.goto(href.offline(locale));
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.getByRole('button', { name: START[locale] }).click();
      await expect(page.getByRole('status').filter({ hasText: DONE[locale] })).toBeVisible({ timeout: 120_000 });

      // Each file of the save once, in the saved cache only (not also in the shell or the visited pages).
      const expected = filesToSave(manifest, [locale]).map((file) => file.url);
      const held = await page.evaluate(async () => {
        const urls: Record<string, string[]> = {};
        for (const name of await caches.keys())
          urls[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
        return urls;
      });
      const saved = held[`saved-${manifest.version}`] ?? [];
      expect(saved.filter((url) => url !== '/__saved__.json').sort()).toEqual([...expected].sort());
      const twice = Object.entries(held)
        .filter(([name]) => !name.startsWith('saved-'))
        .flatMap(([name, urls]) => urls.filter((url) => saved.includes(url)).map((url) => `${name} ${url}`));
      expect(twice, 'saved files also kept in another cache').toEqual([]);

      // Nor in the browser's HTTP cache: the worker, which the page's requests do not pass through,
      // asks that cache alone. (The offline page itself was opened, so the browser keeps that one.)
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const sample = expected.filter((url) =>
        /\/(law\/28|quiz\/households|guides\/winter-stoves)\/$|\.json$/.test(url),
      );
      expect(sample.length).toBeGreaterThan(3);
      const inHttpCache = await worker.evaluate(
        async (urls) => {
          const found: string[] = [];
          for (const url of urls) {
            const hit = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => undefined);
            if (hit?.ok) found.push(url);
          }
          return found;
        },
        [href.offline(locale), ...sample],
      );
      // The page this test opened is there: the question can tell a cached file from one that is not.
      expect(inHttpCache, 'saved files the browser cache holds a second copy of').toEqual([href.offline(locale)]);

      // What the phone holds, as the browser counts it, and the offline page says that figure.
      const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
      expect(usage).toBeGreaterThan(manifest.stored[locale] * 0.9);
      expect(usage).toBeLessThanOrEqual(budget);
      await page.reload();
      await expect(page.locator('.offline-saver .storage')).toContainText(formatFor(locale).bytes(usage));
    } finally {
      await context.close();
    }
  });
}
