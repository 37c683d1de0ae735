import { expect, LOCALES, test } from './fixtures.ts';

const PAGES = [
  '/',
  '/law/',
  '/law/16/',
  '/campaign/',
  '/campaign/pastoral/',
  '/guides/',
  '/guides/winter-stoves/',
  '/checklists/',
  '/checklists/household/',
  '/glossary/',
];

for (const locale of LOCALES) {
  const other = locale === 'zh' ? 'bo' : 'zh';
  for (const path of PAGES) {
    test(`the language switcher on /${locale}${path} leads to the same page in the other language`, async ({
      page,
    }) => {
      await page.goto(`/${locale}${path}`);
      await page.locator('a.switcher').click();
      await expect(page).toHaveURL(new RegExp(`/${other}${path.replace(/\//g, '\\/')}$`));
    });

    test(`/${locale}${path} offers one-tap emergency calls`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const strip = page.locator('nav.emergency');
      for (const number of ['119', '12119', '96119']) {
        await expect(strip.getByRole('link', { name: new RegExp(`^${number}\\b`) })).toHaveAttribute(
          'href',
          `tel:${number}`,
        );
      }
    });
  }
}
