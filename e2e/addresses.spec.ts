import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { builtFiles, VENDORED_CMS } from './support/built-files.ts';

/**
 * Addresses a phone can open. This build knows no public address (no SITE_URL), so nothing in it
 * may name localhost, the laptop the build ran on: a QR code or a printed address with it leads
 * nowhere. Pages print paths; the page completes them with its own address at run time.
 */

// The editors' CMS at /admin/cms/ is Sveltia's own bundle: its strings mention localhost for its
// local-development backend. It prints no address of ours; everything else the site ships is checked.

test('no built file names localhost as an address', () => {
  const all = builtFiles(/./, { skip: VENDORED_CMS });
  expect(all.length).toBeGreaterThan(250);
  const naming = all.filter((file) => /\/\/localhost|localhost:\d/.test(readFileSync(file, 'latin1')));
  expect(naming).toEqual([]);
});

test('a law article’s citation names the address the page was opened at', async ({ page, baseURL }) => {
  await page.goto('/bo/law/28/');
  const origin = new URL(baseURL!).origin;
  await expect(page.locator('.cite a')).toHaveText(`${origin}/bo/law/28/`);
  await expect(page.locator('.cite button').first()).toHaveAttribute('data-copy', new RegExp(` ${origin}/bo/law/28/$`));
});

test('a printed poster names the address its hub was opened at', async ({ page, baseURL }) => {
  await page.goto('/zh/campaign/schools/poster/');
  await expect(page.locator('.address')).toContainText(`${new URL(baseURL!).origin}/zh/campaign/schools/`);
});
