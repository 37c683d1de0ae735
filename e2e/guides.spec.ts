import { readdirSync } from 'node:fs';
import { expect, HTML_LANG, LOCALES, test } from './fixtures.ts';

const slugs = readdirSync('content/guides/zh').map((name) => name.replace(/\.mdx?$/, ''));

test('there are at least 14 guides', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(14);
});

for (const locale of LOCALES) {
  test(`every guide renders in ${locale} with its key message, steps and sources`, async ({ page }) => {
    for (const slug of slugs) {
      await page.goto(`/${locale}/guides/${slug}/`);
      const article = page.locator('article');
      await expect(article, slug).toHaveAttribute('lang', HTML_LANG[locale]);
      await expect(article.locator('.key-message')).not.toBeEmpty();
      expect(await article.locator('li').count(), slug).toBeGreaterThanOrEqual(3);
      await expect(page.locator('.sources li').first()).toBeVisible();
      if (locale === 'bo') await expect(page.locator('[data-status="draft"]')).toBeVisible();
    }
  });

  test(`the ${locale} guide list leads to a guide`, async ({ page }) => {
    await page.goto(`/${locale}/guides/`);
    await page.locator(`a[href="/${locale}/guides/winter-stoves/"]`).click();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${locale}/guides/winter-stoves/$`));
  });
}

test('a law article lists the guides and hubs that cite it', async ({ page }) => {
  await page.goto('/zh/law/44/');
  const related = page.locator('section[aria-labelledby="related-heading"]');
  await expect(related.locator('a[href="/zh/guides/calling-119/"]')).toBeVisible();
  await expect(related.locator('a[href^="/zh/campaign/"]').first()).toBeVisible();
});
