import { expect, HTML_LANG, LOCALES, test } from './fixtures.ts';

test.describe('bilingual entry', () => {
  test('shows both languages and lets a reader choose without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('h1 [lang="bo"]')).toHaveText('མེ་ཟོན་བདེ་འཇགས་ཀྱི་སློབ་གསོ');
    await expect(page.locator('h1 [lang="zh-CN"]')).toHaveText('消防安全宣传教育');
    await page.getByRole('link', { name: /བོད་ཡིག/ }).click();
    await expect(page).toHaveURL(/\/bo\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
    await context.close();
  });

  test('remembers the chosen language on the next visit', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /བོད་ཡིག/ }).click();
    await expect(page).toHaveURL(/\/bo\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/bo\/$/);
    await page.goto('/?choose');
    await expect(page.getByRole('link', { name: /中文/ })).toBeVisible();
  });
});

for (const locale of LOCALES) {
  test.describe(`${locale} home`, () => {
    test('renders in its language with the right lang attribute', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
      await expect(page.locator('h1')).toHaveText(
        locale === 'zh' ? '消防安全，从身边做起' : 'མེ་ཟོན་བདེ་འཇགས་རང་ནས་འགོ་འཛུགས',
      );
      // The site name is shown in both scripts on every page.
      await expect(page.locator('.brand [lang="zh-CN"]')).toBeVisible();
      await expect(page.locator('.brand [lang="bo"]')).toBeVisible();
    });

    test('leads to the main sections', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page
        .getByRole('navigation', { name: locale === 'zh' ? '主要栏目' : 'སྡེ་ཚན་གཙོ་བོ' })
        .getByRole('link', { name: locale === 'zh' ? '消防法' : 'མེ་ཟོན་བཅའ་ཁྲིམས' })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/law/$`));
    });
  });
}

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/zh/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[lang] h1')).toHaveCount(2);
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/zh/');
  await expect(page.getByRole('link', { name: 'ཁྱིམ་ཤོག་ལ་ཕྱིར་ལོག' })).toHaveAttribute('href', '/bo/');
});
