import { readFileSync } from 'node:fs';
import { CMS_COLLECTIONS } from '../src/lib/cms/cms-config.ts';
import { offerLocalRepository } from './cms-local-repo.ts';
import { expect, test } from './fixtures.ts';

const boTitle = (slug: string) => /^title: (.+)$/m.exec(readFileSync(`content/guides/bo/${slug}.md`, 'utf8'))![1]!;

test.describe('the editors’ CMS at /admin/', () => {
  test.use({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' });
  // A 2 MB single-page app reading 440 files: on a busy 2-core machine it needs more than 30 s.
  test.describe.configure({ timeout: 120_000 });

  test('loads from the built site in Chinese, asks no other origin, and lists every collection', async ({ page }) => {
    await offerLocalRepository(page);
    await page.goto('/admin/');
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
    // Chinese even on a laptop set to English: the CMS only offers English, and the test declines.
    await page.getByRole('button', { name: '使用本地仓库' }).click();
    await page.getByRole('button', { name: 'Later' }).click();
    const list = page.getByRole('tree', { name: '集合列表' });
    for (const collection of CMS_COLLECTIONS)
      await expect(list.getByRole('treeitem', { name: new RegExp(`^${collection.label}`) })).toBeVisible();
    await expect(list.getByRole('treeitem', { name: '实用指南' })).toContainText('16');
  });

  test('opens a guide with its Chinese and Tibetan side by side', async ({ browser, baseURL }) => {
    // A Chinese laptop, so the CMS does not offer to switch to the browser's language.
    const context = await browser.newContext({
      ...(baseURL ? { baseURL } : {}),
      locale: 'zh-CN',
      viewport: { width: 1600, height: 1000 },
    });
    const page = await context.newPage();
    await offerLocalRepository(page);
    await page.goto('/admin/');
    await page.getByRole('button', { name: '使用本地仓库' }).click();
    await page.getByRole('treeitem', { name: '实用指南' }).click();
    await page.getByText('冬季取暖炉具安全').first().click();
    await expect(page.getByRole('textbox', { name: '标题' }).first()).toHaveValue('冬季取暖炉具安全');
    await page.getByRole('radio', { name: 'bo' }).nth(1).click();
    // The Tibetan pane's own title field (a guide's document sources have a 标题 field too).
    const boTitleField = page.getByRole('textbox', { name: '标题', exact: true }).and(page.locator('[lang="bo"]'));
    await expect(boTitleField.first()).toHaveValue(boTitle('winter-stoves'));
    await page.screenshot({ path: 'test-results/admin-guide-zh-bo.png' });
    await context.close();
  });

  // The sitemap needs the public address (SITE_URL), which this build does not have: its filter is
  // unit-tested in src/site/sitemap-filter.test.ts.
  test('is left out of the offline save', async ({ request }) => {
    const manifest = await (await request.get('/offline-manifest.json')).json();
    const urls = Object.values(manifest.groups as Record<string, { url: string }[]>).flatMap((group) =>
      group.map((file) => file.url),
    );
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((url) => url.startsWith('/admin/'))).toEqual([]);
  });
});
