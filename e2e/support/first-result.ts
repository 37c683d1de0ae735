import type { Page } from '@playwright/test';

/**
 * "When did the reader see the first search result?", by the page's own clock: an init script notes
 * `performance.now()` when the first result enters the list, so Resource Timing (same clock) tells
 * which files had to arrive before it. Call before `page.goto`.
 */
export async function watchForFirstResult(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('ol.search-results li')) return;
      (window as unknown as { firstResult: number }).firstResult = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The time of the first result (ms since navigation) and the resource URLs fetched before it. */
export function beforeFirstResult(page: Page): Promise<{ ms: number; urls: string[] }> {
  return page.evaluate(() => {
    const ms = (window as unknown as { firstResult: number }).firstResult;
    const urls = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < ms)
      .map((entry) => entry.name);
    return { ms, urls };
  });
}
