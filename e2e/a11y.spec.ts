import AxeBuilder from '@axe-core/playwright';
import { expect, LOCALES, test } from './fixtures.ts';

const PAGE_TYPES = [
  '/',
  '/law/',
  '/law/28/',
  '/campaign/',
  '/campaign/pastoral/',
  '/guides/',
  '/guides/calling-119/',
  '/checklists/',
  '/checklists/household/',
  '/quiz/',
  '/quiz/households/',
  '/classroom/',
  '/search/?q=119',
  '/glossary/',
  '/offline/',
];

/**
 * The glossary's 266-row table took 19 s of axe alone, and over 30 s on a loaded machine (slicing it
 * does not help: axe lays out the whole page for each scan). So the page is scanned without the table
 * body, then the body on its own, each with a time that fits the scan.
 */
interface Scan {
  path: string;
  name: string;
  include: string | undefined;
  exclude: string | undefined;
  timeout: number;
}
const scans = PAGE_TYPES.flatMap((path): Scan[] =>
  path === '/glossary/'
    ? [
        { path, name: '', include: undefined, exclude: '#glossary-table tbody', timeout: 90_000 },
        { path, name: ' table rows', include: '#glossary-table tbody', exclude: undefined, timeout: 120_000 },
      ]
    : [{ path, name: '', include: undefined, exclude: undefined, timeout: 30_000 }],
);

for (const locale of LOCALES) {
  for (const { path, name, include, exclude, timeout } of scans) {
    test(`/${locale}${path}${name} has no axe violations (WCAG 2.2 AA)`, async ({ page }) => {
      test.setTimeout(timeout);
      await page.goto(`/${locale}${path}`);
      await page.waitForLoadState('networkidle');
      let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
      if (include) axe = axe.include(include);
      if (exclude) axe = axe.exclude(exclude);
      const results = await axe.analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

test('the bilingual entry and the screen player have no axe violations', async ({ page }) => {
  for (const path of ['/', '/screen/', '/screen/general/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
  }
});

for (const locale of LOCALES) {
  test(`text zoomed to 200% loses nothing on /${locale}/ pages`, async ({ page }) => {
    for (const path of ['/', '/law/28/', '/guides/winter-stoves/', '/checklists/household/', '/quiz/households/']) {
      await page.goto(`/${locale}${path}`);
      // Through the CSSOM: the page's CSP (rightly) refuses an injected <style>.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const overflow = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('main *')].filter((el) => {
          const box = el.getBoundingClientRect();
          return (
            box.width > 0 &&
            box.right > document.documentElement.clientWidth + 1 &&
            getComputedStyle(el).position !== 'fixed'
          );
        });
        return wide.slice(0, 3).map((el) => `${el.tagName}.${el.className}`);
      });
      expect(overflow, path).toEqual([]);
    }
  });
}

test('keyboard only: a quiz question can be answered and checked', async ({ page }) => {
  await page.goto('/zh/quiz/general/');
  await expect(page.locator('.practice')).toBeVisible();
  await page.locator('.practice .question input').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  // Focus is visible on whatever the keyboard reaches.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback')).toBeVisible();
});
