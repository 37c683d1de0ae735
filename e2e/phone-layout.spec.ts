import { expect, LOCALES, test } from './fixtures.ts';

/** One page of every type, as a phone opens it; search with results, so its filter chips are there. */
const PAGE_TYPES = (locale: string) => [
  `/${locale}/`,
  `/${locale}/law/`,
  `/${locale}/law/28/`,
  `/${locale}/campaign/`,
  `/${locale}/campaign/pastoral/`,
  `/${locale}/campaign/pastoral/poster/`,
  `/${locale}/guides/`,
  `/${locale}/guides/winter-stoves/`,
  `/${locale}/checklists/`,
  `/${locale}/checklists/household/`,
  `/${locale}/quiz/`,
  `/${locale}/quiz/households/`,
  `/${locale}/classroom/`,
  `/${locale}/search/?q=119`,
  `/${locale}/glossary/`,
  `/${locale}/offline/`,
];
const SHARED = ['/', '/screen/', '/screen/general/', '/no-such-page/'];

test.use({ viewport: { width: 390, height: 800 } });

for (const path of [...LOCALES.flatMap(PAGE_TYPES), ...SHARED]) {
  test(`at 390 px ${path} does not slide sideways`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('/search/')) await expect(page.locator('.search-filter label').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
      // Name the element that sticks out furthest (outside any box that scrolls on its own), so a failure says where to look.
      const inScroller = (element: Element) => {
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
          if (getComputedStyle(box).overflowX !== 'visible') return true;
        }
        return false;
      };
      let widest = '';
      let right = window.innerWidth;
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.right > right + 0.5 && !inScroller(element)) {
          right = box.right;
          widest = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ends at ${Math.round(box.right)} px`;
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest };
    });
    expect(scrollWidth, widest).toBeLessThanOrEqual(innerWidth);
  });
}

for (const locale of LOCALES) {
  test(`the ${locale} home has a search box that works without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/${locale}/`);
    const box = page.locator('main form[role="search"] input[name="q"]');
    await expect(box).toBeVisible();
    await box.fill('119');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=119$`));
    await context.close();
  });
}
