import { readFileSync } from 'node:fs';
import { expect, LOCALES, test } from './fixtures.ts';

interface Article {
  number: number;
  label: string;
  text: string;
}
const articles: Article[] = Array.from({ length: 74 }, (_, i) =>
  JSON.parse(readFileSync(`content/law/articles/${i + 1}.json`, 'utf8')),
);
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('every /zh/law/{n}/ page holds its article verbatim', async ({ request }) => {
  for (const article of articles) {
    const html = await (await request.get(`/zh/law/${article.number}/`)).text();
    const statute = decode(/<div class="article-text"[^>]*>([\s\S]*?)<\/div>/.exec(html)![1]!);
    expect(statute, `article ${article.number}`).toBe(article.text.replace(/\n/g, ''));
  }
});

test('every /bo/law/{n}/ page has a labelled Tibetan summary beside the authoritative Chinese text', async ({
  request,
}) => {
  for (const article of articles) {
    const html = await (await request.get(`/bo/law/${article.number}/`)).text();
    expect(html, `article ${article.number}`).toContain('<html lang="bo"');
    expect(html).toMatch(/<div class="article-text" lang="zh-CN"/);
    expect(decode(html)).toContain(article.text.split('\n')[0]);
    expect(html, `summary of article ${article.number}`).toContain('class="law-note summary"');
    expect(html, `draft label on article ${article.number}`).toContain('data-status="draft"');
  }
});

// What a reader sees for chapter 2, article 28 and chapter 4 in each language.
const LABELS = {
  zh: { chapter2: '第二章 火灾预防', article28: '第二十八条', chapter4: '第四章 灭火救援' },
  bo: { chapter2: 'ལེའུ་གཉིས་པ། མེ་སྐྱོན་སྔོན་འགོག', article28: 'དོན་ཚན་ཉེར་བརྒྱད་པ', chapter4: 'ལེའུ་བཞི་པ། མེ་གསོད་རོགས་སྐྱོབ' },
};

for (const locale of LOCALES) {
  test.describe(`law in ${locale}`, () => {
    test('contents lead through a chapter to an article', async ({ page }) => {
      await page.goto(`/${locale}/law/`);
      await expect(page.locator('.chapters > li')).toHaveCount(7);
      await expect(page.locator('.articles > li')).toHaveCount(74);
      const chapter = page.locator('#chapter-2');
      await expect(chapter.getByRole('heading')).toHaveText(LABELS[locale].chapter2);
      await chapter.getByRole('link', { name: LABELS[locale].article28 }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/law/28/$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(LABELS[locale].article28);
    });

    test('a deep link opens the article with its chapter, and moves to the next and previous', async ({ page }) => {
      await page.goto(`/${locale}/law/44/`);
      await expect(page.locator('.breadcrumbs')).toContainText(LABELS[locale].chapter4);
      await expect(page.locator('.article-text')).toContainText('任何人发现火灾都应当立即报警');
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/law/45/$`));
      await page.locator('a[rel="prev"]').click();
      await page.locator('a[rel="prev"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/law/43/$`));
    });

    test('the first and last articles have no way past the ends', async ({ page }) => {
      await page.goto(`/${locale}/law/1/`);
      await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
      await page.goto(`/${locale}/law/74/`);
      await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    });

    test('an article can be cited and its link copied', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale}/law/16/`);
      await expect(page.locator('.cite')).toContainText('《中华人民共和国消防法》第十六条');
      await page.locator('button[data-copy^="《"]').click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(new RegExp(`^《中华人民共和国消防法》第十六条 http://[^ ]+/${locale}/law/16/$`));
    });
  });
}

test('a plain-language explanation is shown apart from the statute, in both languages', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/law/28/`);
    const explanation = page.locator('.law-note.explanation');
    await expect(explanation).toBeVisible();
    await expect(explanation.locator(`[lang="${locale === 'zh' ? 'zh-CN' : 'bo'}"]`).first()).not.toBeEmpty();
    // The statute box and the explanation are separate regions.
    await expect(page.locator('.statute .law-note')).toHaveCount(0);
  }
});
