import { expect, LOCALES, test } from './fixtures.ts';

const QUERY = { zh: '灭火器', bo: 'མེ་གསོད་འཕྲུལ་ཆས' };

for (const locale of LOCALES) {
  test.describe(`glossary in ${locale}`, () => {
    test('shows residents the term, the other language and a meaning, grouped, with no editors’ notes', async ({
      page,
    }) => {
      await page.goto(`/${locale}/glossary/`);
      const groups = page.locator('#glossary-table tr.group');
      expect(await groups.count()).toBeGreaterThanOrEqual(6);
      const text = await page.locator('main').innerText();
      // What terms.yaml keeps for editors: sources, file paths, statuses in English.
      expect(text).not.toMatch(/awaiting|translator|draft texts|\.md\b|\.yaml\b|attested|lecture/i);
      // Every term carries a short meaning in the reader's language, one tap away.
      const terms = page.locator('#glossary-table tbody tr:not(.group)');
      expect(await page.locator('#glossary-table .meaning details').count()).toBe(await terms.count());
      const exit = page.locator(`tr:has(td:text-is("${locale === 'zh' ? '安全出口' : 'ཕྱིར་ཐོན་སྒོ'}")) .meaning`);
      await exit.getByText(locale === 'zh' ? '意思' : 'གོ་དོན').click();
      await expect(exit.locator('p')).toBeVisible();
      await expect(exit.locator('p')).toContainText(locale === 'zh' ? '锁' : 'སྒོ་ལྕགས');
    });

    test('filters as you type, and stays compact on a phone', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      const rows = page.locator('#glossary-table tbody tr:not(.group)');
      const all = await rows.count();
      // Compact: a phone screen holds many terms, not one (the old table was 44,700 / 66,100 px tall).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height / all, `${height} px for ${all} terms`).toBeLessThan(locale === 'bo' ? 75 : 50);
      await page.getByLabel(/查词|ཐ་སྙད་འཚོལ/).fill(QUERY[locale]);
      const found = rows.filter({ visible: true });
      await expect(found.first()).toContainText(QUERY[locale]);
      expect(await found.count()).toBeLessThan(10);
      // The few terms found show their meanings; only their groups' headings stay.
      await expect(found.first().locator('.meaning p')).toBeVisible();
      expect(await page.locator('#glossary-table tr.group').filter({ visible: true }).count()).toBe(1);
      await expect(page.locator('.glossary-lookup-status')).toHaveText(
        locale === 'zh' ? '显示 2 / 291 个词' : 'ཐ་སྙད་ ༢༩༡ ལས་ ༢ སྟོན་ཡོད།',
      );
    });
  });
}
