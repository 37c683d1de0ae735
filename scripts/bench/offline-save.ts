/**
 * Bench section: each offline save in Chromium, from a fresh phone: bytes on the wire while saving, and
 * what the phone then holds as the browser counts it (navigator.storage.estimate), beside the budgets.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMeteredServer } from '../../e2e/support/metered-server.ts';
import { FIRST_VISIT_BUDGETS } from '../../src/lib/budget/first-visit-budgets.ts';
import type { OfflineManifest } from '../../src/lib/offline/offline-manifest.ts';
import { href } from '../../src/site/routes.ts';
import { againstBudget, chromiumArgs, chromiumPath, mb, type BenchContext } from './section.ts';

const CHOICES = ['zh', 'bo', 'both'] as const;

export async function offlineSaveSection({ dist }: BenchContext): Promise<string[]> {
  const manifest = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: chromiumArgs,
  });
  const server = await startMeteredServer(dist);
  const rows = [
    '| save | files as built | stored, by the manifest | on the wire while saving | seconds (local, no throttling) | estimate() after the save vs budget |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  try {
    for (const [index, choice] of CHOICES.entries()) {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      await page.goto(href.offline(choice === 'bo' ? 'bo' : 'zh'));
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.locator('.offline-saver .choices input').nth(index).check();
      server.reset();
      const started = Date.now();
      await page.locator('.offline-saver button.primary').first().click();
      await page.getByTestId('saved-version').waitFor({ timeout: 300_000 });
      const seconds = (Date.now() - started) / 1000;
      const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
      const budget = choice === 'both' ? undefined : FIRST_VISIT_BUDGETS.savedStorage[choice];
      rows.push(
        `| ${choice} | ${mb(manifest.totals[choice])} | ${manifest.stored ? mb(manifest.stored[choice]) : '(not in this build)'} | ${mb(server.total())} | ${seconds.toFixed(1)} | ${budget ? againstBudget(usage, budget, mb) : `${mb(usage)} (no budget)`} |`,
      );
      await context.close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
  return rows;
}
