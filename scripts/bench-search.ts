/**
 * Time to the first search result on a slow phone on 2G, for `npm run bench`: a fresh visit (no
 * cache, no service worker) to /{lang}/search/?q=…, Chromium at 6× CPU slowdown, 400 kbps both ways
 * and 400 ms latency (CDP), files served brotli-compressed as a CDN would. Reports the time from
 * navigation to the first result in the list, and the brotli bytes fetched by then.
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A static server for dist/ that answers with brotli where the browser accepts it. */
async function serveBrotli(dist: string, port: number) {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(normalize(dist)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (/\bbr\b/.test(String(request.headers['accept-encoding'])) && !file.endsWith('.woff2')) {
      let compressed = cache.get(file);
      if (!compressed)
        cache.set(file, (compressed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })));
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'br', 'cache-control': 'no-cache' });
      response.end(compressed);
    } else {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

export interface FirstResult {
  path: string;
  ms: number;
  /** Bytes on the wire (compressed bodies, headers excluded) fetched before the first result showed. */
  bytes: number;
  files: number;
}

export async function measureFirstResults(dist: string, paths: string[], port = 4397): Promise<FirstResult[]> {
  const server = await serveBrotli(dist, port);
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
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('ol.search-results li')) return;
          (window as unknown as { firstResult: number }).firstResult = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { timeout: 120_000 });
      await page.locator('ol.search-results li').first().waitFor({ timeout: 120_000 });
      const { ms, before } = await page.evaluate(() => {
        const first = (window as unknown as { firstResult: number }).firstResult;
        return {
          ms: first,
          before: performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime < first)
            .map((entry) => entry.name),
        };
      });
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
