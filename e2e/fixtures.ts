import { test as base, expect } from '@playwright/test';

/**
 * Every test records the requests its pages make and fails on any that leaves the site's origin:
 * no CDN, no analytics, no fonts from elsewhere (SPEC, Quality bar). It also fails on anything the
 * page's content-security-policy refused (an inline script or style whose hash the page lacks: the
 * build keeps only each page's own, src/integrations/csp-hashes.ts).
 */
export const test = base.extend<{ foreignRequests: string[]; refusedByPolicy: string[] }>({
  refusedByPolicy: [
    async ({ page }, use) => {
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text()))
          refused.push(`${page.url()}: ${message.text()}`);
      });
      await use(refused);
      expect(refused, "refused by the page's content-security-policy").toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

// The site's own lists, so a third language or another lang tag reaches the tests without a second edit.
export { HTML_LANG, LOCALES } from '../src/i18n/locales.ts';
