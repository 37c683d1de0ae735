import { expect, LOCALES, test } from './fixtures.ts';

// Counts and dates are written in the page's digits: ASCII in Chinese, ༠–༩ in Tibetan.
const digits = (locale: 'zh' | 'bo', text: string) =>
  locale === 'zh' ? text : text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0f20 + Number(d)));

for (const locale of LOCALES) {
  test.describe(`checklist in ${locale}`, () => {
    test('keeps its ticks across a reload and counts progress', async ({ page }) => {
      await page.goto(`/${locale}/checklists/household/`);
      const bar = page.locator('.checklist-bar');
      await expect(bar).toBeVisible();
      const boxes = page.locator('.checklist input[type="checkbox"]');
      const total = await boxes.count();
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await expect(page.locator('.progress')).toContainText(digits(locale, `2 / ${total}`));
      await page.reload();
      await expect(boxes.nth(0)).toBeChecked();
      await expect(boxes.nth(1)).not.toBeChecked();
      await expect(boxes.nth(2)).toBeChecked();
      await page.getByRole('button', { name: locale === 'zh' ? '全部清除' : 'ཚང་མ་བསུབ' }).click();
      await expect(page.locator('.progress')).toContainText(digits(locale, `0 / ${total}`));
    });

    test('prints with the date and without the buttons', async ({ page }) => {
      await page.goto(`/${locale}/checklists/pastoral-home/`);
      await expect(page.locator('.checklist-bar')).toBeVisible();
      await page.locator('.checklist input[type="checkbox"]').first().check();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.checklist-bar')).toBeHidden();
      await expect(page.locator('.print-date')).toBeVisible();
      await expect(page.locator('.print-date')).toContainText(
        locale === 'zh' ? /\d{4}年/ : /སྤྱི་ལོ་ [༠-༩]{4} ཟླ་ [༠-༩]{1,2} ཚེས་ [༠-༩]{1,2}/,
      );
      await expect(page.locator('nav.site-nav')).toBeHidden();
    });

    test('recovers from corrupted saved ticks with a clear message', async ({ page }) => {
      await page.goto(`/${locale}/checklists/small-shop/`);
      await expect(page.locator('.checklist-bar')).toBeVisible();
      await page.evaluate(() => localStorage.setItem('checklist:small-shop', '{"v":1,"data":'));
      await page.reload();
      await expect(page.getByRole('status')).toContainText(locale === 'zh' ? '读不出来' : 'ཀློག་མ་ཐུབ');
      await page.locator('.checklist input[type="checkbox"]').first().check();
      await page.reload();
      await expect(page.locator('.checklist input[type="checkbox"]').first()).toBeChecked();
      // The unreadable record was set aside, not deleted.
      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys.some((key) => key.startsWith('checklist:small-shop:set-aside-'))).toBe(true);
    });
  });
}

test('without JavaScript a checklist is still a complete printable list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/bo/checklists/three-in-one/');
  expect(await page.locator('.checklist input[type="checkbox"]').count()).toBeGreaterThanOrEqual(12);
  // Its buttons need the island: drawn hidden, only to keep their room for when it wakes up.
  await expect(page.locator('.checklist-bar')).toBeHidden();
  await context.close();
});
