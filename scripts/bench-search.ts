/**
 * Time to the first search result on a slow phone on 2G, for `npm run bench`: a fresh visit (no
 * cache, no service worker) to /{lang}/search/?q=…, Chromium at 6× CPU slowdown, 400 kbps both ways
 * and 400 ms latency (CDP), files served brotli-compressed by the laptop server (static-server.ts). Reports the time from
 * navigation to the first result in the list, and the brotli bytes fetched by then.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { beforeFirstResult, watchForFirstResult } from '../e2e/support/first-result.ts';
import { createStaticServer } from './static-server.ts';

export interface FirstResult {
  path: string;
  ms: number;
  /** Bytes on the wire (compressed bodies, headers excluded) fetched before the first result showed. */
  bytes: number;
  files: number;
}

export async function measureFirstResults(dist: string, paths: string[], port = 4397): Promise<FirstResult[]> {
  // The laptop server the README gives (brotli where the browser takes it), as a reader would meet it.
  const server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const results: FirstResult[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: (400 * 1000) / 8,
        uploadThroughput: (400 * 1000) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      const sizes = new Map<string, number>();
      const urls = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
      cdp.on('Network.dataReceived', (event) =>
        sizes.set(event.requestId, (sizes.get(event.requestId) ?? 0) + event.encodedDataLength),
      );
      await watchForFirstResult(page);
      await page.goto(`http://127.0.0.1:${port}${path}`, { timeout: 120_000 });
      await page.locator('ol.search-results li').first().waitFor({ timeout: 120_000 });
      const { ms, urls: before } = await beforeFirstResult(page);
      const wanted = new Set([`http://127.0.0.1:${port}${path}`, ...before]);
      let bytes = 0;
      let files = 0;
      for (const [id, url] of urls) {
        if (!wanted.has(url) || url.endsWith('.woff2')) continue;
        bytes += sizes.get(id) ?? 0;
        files++;
      }
      results.push({ path, ms, bytes, files });
      if (process.env.BENCH_TRACE)
        console.log(
          await page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map(
                (e) =>
                  `${Math.round(e.startTime)}-${Math.round((e as PerformanceResourceTiming).responseEnd)} ${new URL(e.name).pathname}`,
              )
              .join('\n'),
          ),
        );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
