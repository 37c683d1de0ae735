/**
 * What a first visit costs on the wire: a fresh phone (no cache, no service worker) opens one page
 * and stays on it. "Page alone" is the page with its styles, scripts and fonts (service workers
 * blocked); "with the worker" adds everything the service worker fetches while the reader stays,
 * up to 15 s. Bytes are counted where they leave the server (metered-server.ts), so the page's
 * own requests and the worker's are counted alike, each once.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { MeteredServer, Transfer } from './metered-server.ts';

/** How long a reader who opened one page from a QR code stays on it. */
export const STAY_MS = 15_000;
/** No answer for this long: nothing more is coming (bytes, not timings, are what is measured). */
const QUIET_MS = 1500;

export interface FirstVisit {
  bytes: number;
  transfers: Transfer[];
}

export async function firstVisit(
  browser: Browser,
  server: MeteredServer,
  path: string,
  withWorker: boolean,
  /** Runs on the same phone after the visit was measured (for example with the network off). */
  after?: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<FirstVisit> {
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: withWorker ? 'allow' : 'block' });
  try {
    const page = await context.newPage();
    server.reset();
    const started = Date.now();
    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (withWorker) await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Wait until the network has been quiet for a while, or the reader's stay is over.
    let seen = -1;
    let quietSince = Date.now();
    while (Date.now() - started < STAY_MS) {
      const count = server.transfers().length;
      if (count !== seen) {
        seen = count;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= QUIET_MS) break;
      await page.waitForTimeout(250);
    }
    const visit = { bytes: server.total(), transfers: server.transfers() };
    await after?.(page, context);
    return visit;
  } finally {
    await context.close();
  }
}
