import type { Page } from '@playwright/test';
import { LAYOUT_SHIFT_PAGES, SLOW_LINK, settledLayoutShift } from './support/layout-shift.ts';
import { expect, test } from './fixtures.ts';

// A first visit on a slow link, as a phone opened from a QR code meets it: nothing on the page may
// move once drawn (SPEC quality bar: CLS < 0.02), while the fonts arrive late and islands hydrate.
// The service worker is kept out so its precache does not compete with the page for the link.
test.use({ serviceWorkers: 'block' });

async function throttled(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  // Every font is held back until the page has been drawn with its fallbacks: the late font is what moves
  // text, and a fast local server would otherwise deliver it before the first frame.
  await page.route('**/*.woff2', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_LINK.fontDelayMs));
    await route.continue();
  });
}

for (const { type, path, viewport } of LAYOUT_SHIFT_PAGES) {
  test(`${path} (${type}) does not move while its fonts arrive late and its islands hydrate on a slow link`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    if (viewport) await page.setViewportSize(viewport);
    await throttled(page);
    const { total, shifts } = await settledLayoutShift(page, path);
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.02);
  });
}
