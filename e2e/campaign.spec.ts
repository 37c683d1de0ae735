import { expect, HTML_LANG, LOCALES, test } from './fixtures.ts';

const AUDIENCES = ['agencies', 'schools', 'communities', 'enterprises', 'pastoral', 'households', 'scenic'];

for (const locale of LOCALES) {
  test(`the ${locale} campaign page leads to all seven hubs`, async ({ page }) => {
    await page.goto(`/${locale}/campaign/`);
    for (const audience of AUDIENCES)
      await expect(page.locator(`a[href="/${locale}/campaign/${audience}/"]`)).toBeVisible();
  });

  test(`every ${locale} hub shows who it is for, risks, steps and the law that applies`, async ({ page }) => {
    for (const audience of AUDIENCES) {
      await page.goto(`/${locale}/campaign/${audience}/`);
      const hub = page.locator('.hub');
      // Tibetan pages are written in Tibetan, not Chinese under a Tibetan heading.
      await expect(hub).toHaveAttribute('lang', HTML_LANG[locale]);
      await expect(hub.getByRole('heading', { level: 1 })).toHaveText(
        locale === 'bo' ? /[\u0F40-\u0FBC]/ : /[\u4e00-\u9fff]/,
      );
      expect(await hub.locator('.risks li').count()).toBeGreaterThanOrEqual(3);
      expect(await hub.locator('.steps li').count()).toBeGreaterThanOrEqual(3);
      await expect(hub.locator('.articles a').first()).toHaveAttribute('href', new RegExp(`^/${locale}/law/\\d+/$`));
      await expect(page.getByRole('link', { name: /A4/ })).toHaveAttribute(
        'href',
        `/${locale}/campaign/${audience}/poster/`,
      );
    }
  });
}

test('a hub links to its checklist and prints as a one-page A4 poster', async ({ page }) => {
  await page.goto('/bo/campaign/pastoral/');
  await page.locator('a[href="/bo/checklists/pastoral-home/"]').click();
  await expect(page).toHaveURL(/\/bo\/checklists\/pastoral-home\/$/);
  await page.goto('/zh/campaign/pastoral/poster/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.screen-only')).toBeHidden();
  await expect(page.locator('.numbers')).toContainText('12119');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});
