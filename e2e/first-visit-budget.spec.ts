/**
 * A first visit on 2G costs little (issue 17): a reader who opens one page from a QR code pays for
 * that page, and for the little the service worker keeps so the page, the offline page and calling
 * 119 still open when the signal drops, in the reader's language. Bytes on the wire, counted where
 * the site's own server (brotli, as `npm run serve`) writes them, for the page's requests and the
 * worker's alike.
 */
import { FIRST_VISIT_BUDGETS, FIRST_VISIT_PAGES } from '../src/lib/budget/first-visit-budgets.ts';
import { href } from '../src/site/routes.ts';
import { expect, LOCALES, test } from './fixtures.ts';
import { firstVisit, type FirstVisit } from './support/first-visit.ts';
import { startMeteredServer, type MeteredServer } from './support/metered-server.ts';

let server: MeteredServer;
test.beforeAll(async () => {
  server = await startMeteredServer('dist');
});
test.afterAll(async () => {
  await server.close();
});

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
/** The visit's answers, largest first: what to look at when a budget is exceeded. */
const breakdown = (visit: FirstVisit) =>
  [...visit.transfers]
    .sort((a, b) => b.bytes - a.bytes)
    .map((t) => `${t.status} ${kb(t.bytes)} ${t.path}`)
    .join('\n');

for (const locale of LOCALES) {
  const other = LOCALES.find((l) => l !== locale)!;
  for (const { type, path } of FIRST_VISIT_PAGES) {
    const address = path(locale);
    const limit = FIRST_VISIT_BUDGETS.pageAlone[locale];

    test(`${locale}: a first visit to the ${type} (${address}) is at most ${kb(limit)} on the wire, fonts included`, async ({
      browser,
    }) => {
      const visit = await firstVisit(browser, server, address, false);
      expect(visit.transfers.map((t) => t.path)).toContain(address);
      expect(visit.bytes, breakdown(visit)).toBeLessThanOrEqual(limit);
    });

    test(`${locale}: with what the service worker fetches while the reader stays on the ${type}, at most ${kb(FIRST_VISIT_BUDGETS.withWorker[locale])}; the page, the offline page and calling 119 then open offline`, async ({
      browser,
    }) => {
      test.setTimeout(60_000);
      const visit = await firstVisit(browser, server, address, true, async (page, context) => {
        await context.setOffline(true);
        const failed: string[] = [];
        // The offline page asks for the save list, and says plainly it cannot read it without a network.
        page.on('requestfailed', (request) => {
          if (new URL(request.url()).pathname !== '/offline-manifest.json') failed.push(request.url());
        });
        for (const [kept, selector] of [
          [address, 'main'],
          [href.offline(locale), '.offline-saver'],
          [href.guide(locale, 'calling-119'), '.key-message'],
        ] as const) {
          await page.goto(kept);
          await expect(page.locator('html'), kept).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'bo');
          await expect(page.locator(selector).first(), kept).toBeVisible();
          if (kept !== href.offline(locale))
            await expect(page.locator('.offline-saver .note[role="alert"]'), kept).toHaveCount(0);
        }
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        expect(failed, 'files the kept pages could not load offline').toEqual([]);
      });
      expect(
        visit.transfers.filter((t) => t.path.startsWith(`/${other}/`)).map((t) => t.path),
        `pages in ${other}`,
      ).toEqual([]);
      expect(visit.bytes, breakdown(visit)).toBeLessThanOrEqual(FIRST_VISIT_BUDGETS.withWorker[locale]);
    });
  }
}
