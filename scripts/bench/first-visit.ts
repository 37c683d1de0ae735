/**
 * Bench section: bytes on the wire of a first visit, per page type and language, page alone and with
 * what the service worker fetches while the reader stays (15 s), beside the budgets. The same
 * measurement as e2e/first-visit-budget.spec.ts (where the budgets are tests), with each visit's
 * largest files named.
 */
import { chromium } from '@playwright/test';
import { firstVisit } from '../../e2e/support/first-visit.ts';
import { startMeteredServer } from '../../e2e/support/metered-server.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { FIRST_VISIT_BUDGETS, FIRST_VISIT_PAGES } from '../../src/lib/budget/first-visit-budgets.ts';
import { againstBudget, chromiumArgs, chromiumPath, kb, type BenchContext } from './section.ts';

export async function firstVisitSection({ dist }: BenchContext): Promise<string[]> {
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: chromiumArgs,
  });
  const server = await startMeteredServer(dist);
  const rows = [
    '| page type | language | path | page alone vs budget | with the worker, 15 s, vs budget | the worker fetched | fonts |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  try {
    for (const { type, path } of FIRST_VISIT_PAGES)
      for (const locale of LOCALES) {
        const address = path(locale);
        const alone = await firstVisit(browser, server, address, false);
        const withWorker = await firstVisit(browser, server, address, true);
        const fonts = alone.transfers.filter((t) => t.path.startsWith('/fonts/')).reduce((sum, t) => sum + t.bytes, 0);
        rows.push(
          `| ${type} | ${locale} | ${address} | ${againstBudget(alone.bytes, FIRST_VISIT_BUDGETS.pageAlone[locale])} | ${againstBudget(withWorker.bytes, FIRST_VISIT_BUDGETS.withWorker[locale])} | ${kb(withWorker.bytes - alone.bytes)} in ${withWorker.transfers.length - alone.transfers.length} answers | ${kb(fonts)} |`,
        );
      }
  } finally {
    await server.close();
    await browser.close();
  }
  rows.push(
    '',
    'Bytes as the site’s server writes them (brotli, headers included), for the page’s requests and the worker’s; a 304 for a file the page already loaded is a few hundred bytes.',
  );
  return rows;
}
