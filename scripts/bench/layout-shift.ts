/**
 * Layout shift of a first visit on a slow link, per page type and language, for `npm run bench`: the
 * same pages, link and observer as e2e/layout-shift.spec.ts (where CLS < 0.02 is the test), with the
 * figures and the font files each page downloaded printed beside the budget.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { LAYOUT_SHIFT_PAGES, SLOW_LINK, settledLayoutShift } from '../../e2e/support/layout-shift.ts';
import { createStaticServer } from '../static-server.ts';
import type { BenchSection } from './section.ts';

const CLS_BUDGET = 0.02;

export async function layoutShiftRows(dist: string, port = 4396): Promise<string[]> {
  const server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const rows = [
    `Layout shift, first visit, ${SLOW_LINK.latency} ms / ${SLOW_LINK.downloadThroughput / 1024} KB/s, fonts held ${SLOW_LINK.fontDelayMs} ms (budget CLS < ${CLS_BUDGET}):`,
    '| page type | path | CLS | fonts downloaded |',
    '| --- | --- | --- | --- |',
  ];
  try {
    for (const { type, path, viewport } of LAYOUT_SHIFT_PAGES) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        viewport: viewport ?? { width: 390, height: 800 },
        baseURL: `http://127.0.0.1:${port}`,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
      await page.route('**/*.woff2', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, SLOW_LINK.fontDelayMs));
        await route.continue();
      });
      const fonts: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'font') return;
        const bytes = (await response.body()).length;
        fonts.push(`${new URL(response.url()).pathname.replace('/fonts/', '')} ${(bytes / 1024).toFixed(1)} KB`);
      });
      const { total } = await settledLayoutShift(page, path);
      const verdict = total < CLS_BUDGET ? 'ok' : 'OVER';
      rows.push(`| ${type} | ${path} | ${total.toFixed(4)} (${verdict}) | ${fonts.join(', ') || 'none'} |`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** The bench section (scripts/bench.ts), on the run's port. */
export const layoutShiftSection: BenchSection = ({ dist, port }) => layoutShiftRows(dist, port);
