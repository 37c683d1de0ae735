import { readdirSync, readFileSync } from 'node:fs';
import { expect, LOCALES, test } from './fixtures.ts';
import { noticeState } from '../src/lib/notices/notice-state.ts';
import { readMarks } from '../src/lib/translation/read-translations.ts';

/** Each notice's state today, read from the content as the build reads it (the build ran today). */
const today = new Date().toISOString().slice(0, 10);
const notices = readdirSync('content/notices/zh')
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const marks = readMarks(name, readFileSync(`content/notices/zh/${name}`, 'utf8')) as {
      date: string;
      expires?: string;
    };
    const expires = marks.expires ? new Date(String(marks.expires)) : undefined;
    return {
      slug: name.replace(/\.md$/, ''),
      date: String(marks.date),
      summary: String(readMarks(name, readFileSync(`content/notices/zh/${name}`, 'utf8'))['summary']),
      summaryBo: String(readMarks(name, readFileSync(`content/notices/bo/${name}`, 'utf8'))['summary']),
      title: String(readMarks(name, readFileSync(`content/notices/zh/${name}`, 'utf8'))['title']),
      titleBo: String(readMarks(name, readFileSync(`content/notices/bo/${name}`, 'utf8'))['title']),
      state: noticeState({ date: new Date(String(marks.date)), expires }, today),
    };
  });
const current = notices.filter((notice) => notice.state === 'current').map((notice) => notice.slug);
const expired = notices.filter((notice) => notice.state === 'expired').map((notice) => notice.slug);

test('there is at least one current and one expired notice to test with', () => {
  expect(current.length).toBeGreaterThan(0);
  expect(expired.length).toBeGreaterThan(0);
});

for (const locale of LOCALES) {
  test(`/${locale}/ shows the current notices and no expired one`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const section = page.locator('[data-notices="current"]');
    for (const slug of current) await expect(section.locator(`[data-notice="${slug}"] a`)).toBeVisible();
    for (const slug of expired) await expect(page.locator(`[data-notice="${slug}"]`)).toHaveCount(0);
  });

  test(`/${locale}/notices/ keeps expired notices in the archive, each with its own page`, async ({ page }) => {
    await page.goto(`/${locale}/notices/`);
    const archive = page.locator('[data-notices="archive"]');
    for (const slug of expired) {
      await expect(archive.locator(`[data-notice="${slug}"]`)).toBeVisible();
      await expect(page.locator('[data-notices="current"]').locator(`[data-notice="${slug}"]`)).toHaveCount(0);
    }
    await archive.locator(`[data-notice="${expired[0]}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/notices/${expired[0]}/$`));
    await expect(page.locator('[data-notice-state="expired"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'bo');
  });
}

test('the newest current notice is the first slide of a big-screen playlist, in both languages', async ({ page }) => {
  const newest = notices
    .filter((notice) => notice.state === 'current')
    .sort((a, b) => b.date.localeCompare(a.date))[0]!;
  await page.goto('/screen/general/');
  await expect(page.getByText(newest.title, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(newest.titleBo, { exact: true }).first()).toBeVisible();
});
