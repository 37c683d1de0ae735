import { expect, test } from './fixtures.ts';

test.describe('reporting a problem with a Tibetan draft', () => {
  test('offers a ready text with page, language and version, to copy or send by SMS or e-mail', async ({ page }) => {
    await page.goto('/bo/guides/winter-stoves/');
    const report = page.locator('[data-report]');
    await report.locator('summary').click();
    const text = await report.locator('textarea').inputValue();
    expect(text).toContain(`/bo/guides/winter-stoves/`);
    // The page's own version (a hash of the page, the same in its footer): it changes when this page does.
    const version = /语言 \/ སྐད་ཡིག། bo\n版本 \/ པར་གཞི། ([0-9a-f]{12})\n/.exec(text)?.[1];
    expect(version, text).toBeDefined();
    await expect(page.locator('.site-footer')).toContainText(`པར་གཞི ${version}`);
    await expect(report.locator('button[data-copy]')).toBeVisible();
    const sms = await report.locator('a[href^="sms:"]').getAttribute('href');
    expect(decodeURIComponent(sms!.split('body=')[1]!)).toBe(text);
    await expect(report.locator('a[href^="mailto:"]')).toBeVisible();
  });

  test('puts the sentence the reader selected into the text', async ({ page }) => {
    await page.goto('/bo/guides/winter-stoves/');
    const sentence = page.locator('article li').first();
    await sentence.selectText();
    const selected = (await page.evaluate(() => String(getSelection()).trim())).slice(0, 300);
    await page.locator('[data-report] summary').click();
    const text = await page.locator('[data-report] textarea').inputValue();
    expect(text).toContain(`句子 / ཚིག་གྲུབ། ${selected}`);
    const mail = await page.locator('[data-report] a[href^="mailto:"]').getAttribute('href');
    expect(decodeURIComponent(mail!.split('body=')[1]!)).toContain(selected);
  });
});
