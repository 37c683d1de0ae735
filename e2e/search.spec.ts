import { expect, LOCALES, test } from './fixtures.ts';

// The note that search needs scripts: the Tibetan one names it in Tibetan words (no English on /bo/).
const NEEDS_JS = { zh: 'JavaScript', bo: 'བྱ་རིམ་ཁ་ཕྱེ' } as const;

const CASES = {
  zh: {
    query: '灭火器',
    expected: '/zh/guides/extinguishers/',
    typed: '酥油灯',
    typedExpected: '/zh/guides/butter-lamps/',
    law: '消防法',
    glossaryTerm: '火灾',
  },
  bo: {
    query: 'མེ་གསོད་འཕྲུལ་ཆས',
    expected: '/bo/guides/extinguishers/',
    typed: 'མཆོད་མེ',
    typedExpected: '/bo/guides/butter-lamps/',
    law: 'མེ་ཟོན་བཅའ་ཁྲིམས',
    glossaryTerm: 'མེ་སྐྱོན',
  },
} as const;

const MARKUP = '<img src=x onerror=alert(1)>';

for (const locale of LOCALES) {
  const c = CASES[locale];
  test.describe(`search in ${locale}`, () => {
    test('a query from the address shows result links inside main, with the match marked', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(c.query)}`);
      await expect(page.getByRole('searchbox', { name: /./ }).first()).toHaveValue(c.query);
      const results = page.locator('main ol.search-results').first();
      await expect(results.locator(`a[href="${c.expected}"]`)).toBeVisible();
      await expect(results.getByRole('listitem').first().locator('mark').first()).toHaveText(c.query);
      expect(await results.getByRole('link').count()).toBeGreaterThan(1);
    });

    test('filters the results by type and keeps the filter in the address', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=119`);
      const links = page.locator('main ol.search-results a');
      await expect(links.first()).toBeVisible();
      await page.getByRole('radio', { name: new RegExp(`^${c.law}`) }).check();
      await expect(page).toHaveURL(/type=law/);
      await expect(links.first()).toHaveAttribute('href', new RegExp(`^/${locale}/law/\\d+/$`));
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^/${locale}/law/`));
      }
    });

    test('typing updates the results and the address', async ({ page }) => {
      await page.goto(`/${locale}/search/`);
      // Once the island runs, the note that search needs JavaScript is gone from sight (its room stays,
      // so nothing under it moves).
      await expect(page.locator('.search[data-state]')).toBeAttached();
      await expect(page.getByText(NEEDS_JS[locale])).toBeHidden();
      const field = page.getByRole('searchbox').first();
      await field.fill(c.typed);
      await expect(page.locator(`main ol.search-results a[href="${c.typedExpected}"]`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(c.typed)}`));
      await field.fill(c.query);
      await expect(page.locator(`main ol.search-results a[href="${c.expected}"]`)).toBeVisible();
    });

    test('Tibetan digits find the pages that write 119', async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent('༡༡༩')}`);
      await expect(page.locator(`main ol.search-results a[href="/${locale}/guides/calling-119/"]`)).toBeVisible();
    });

    test('a query with markup is shown as text and never run', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(MARKUP)}`);
      const field = page.getByRole('searchbox').first();
      await expect(field).toHaveValue(MARKUP);
      await expect(page.locator('.search[data-state="ready"]')).toBeAttached();
      await field.fill(`${MARKUP} 119`);
      await expect(page.getByRole('status').first()).not.toBeEmpty();
      expect(await page.locator('main img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    test('glossary lookup filters the table as you type', async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      const rows = page.locator('#glossary-table tbody tr:not(.group)');
      const total = await rows.count();
      const field = page.getByRole('searchbox');
      await field.fill('མེ་སྐྱོན');
      await expect(page.locator('#glossary-table tr#fire')).toBeVisible();
      await expect(page.locator('#glossary-table tr#electric-power')).toBeHidden();
      const shown = await rows.filter({ visible: true }).count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total);
      for (const text of await rows.filter({ visible: true }).allTextContents()) expect(text).toContain('མེ་སྐྱོན');
      await field.fill('电力');
      await expect(page.locator('#glossary-table tr#electric-power')).toBeVisible();
      await expect(page.locator('#glossary-table tr#fire')).toBeHidden();
      await field.fill('');
      await expect(rows.filter({ visible: true })).toHaveCount(total);
    });
  });
}

test('a glossary term on the Tibetan site also offers the pages that use its Tibetan form', async ({ page }) => {
  await page.goto(`/bo/search/?q=${encodeURIComponent('火灾')}`);
  const also = page.locator('main section.search-also:not(.search-other)');
  await expect(also.getByRole('heading')).toContainText('མེ་སྐྱོན');
  await expect(also.locator('a[href="/bo/guides/grassland-forest-fire/"]')).toBeVisible();
  await expect(also.locator('mark').first()).toHaveText('མེ་སྐྱོན');
});

test('a Tibetan glossary term on the Chinese site also offers the pages that use its Chinese form', async ({
  page,
}) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('མེ་སྐྱོན')}`);
  const also = page.locator('main section.search-also:not(.search-other)');
  await expect(also.getByRole('heading')).toContainText('也在中文中找到');
  await expect(also.getByRole('heading')).toContainText('火灾');
  await expect(also.locator('a[href^="/zh/"]').first()).toBeVisible();
});

test('an unknown type in the address is named and all results are shown', async ({ page }) => {
  await page.goto('/zh/search/?q=119&type=nonsense');
  await expect(page.locator('main .note').filter({ visible: true })).toContainText('nonsense');
  await expect(page.locator('main ol.search-results a').first()).toBeVisible();
});

test('without JavaScript the search page is a plain form with a message and the section indexes', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/bo/search/');
  const form = page.locator('main form[role="search"]');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(form.locator('input[name="q"]')).toBeVisible();
  await expect(page.locator('main')).toContainText(NEEDS_JS.bo);
  for (const section of ['law', 'campaign', 'guides', 'checklists', 'glossary']) {
    await expect(page.locator(`main nav a[href="/bo/${section}/"]`)).toBeVisible();
  }
  await form.locator('input[name="q"]').fill('119');
  await form.locator('input[name="q"]').press('Enter');
  await expect(page).toHaveURL(/\/bo\/search\/\?q=119$/);
  await context.close();
});

test('the search indexes are at stable addresses on this site', async ({ request }) => {
  for (const locale of LOCALES) {
    const response = await request.get(`/search/index-${locale}.json`);
    expect(response.status()).toBe(200);
    const head = (await response.json()) as { version: number; locale: string; types: unknown[]; shards: unknown[] };
    expect(head).toMatchObject({ version: 2, locale });
    expect(head.types.length).toBeGreaterThan(100);
    expect((await request.get(`/search/terms-${head.shards.length - 1}-${locale}.json`)).status()).toBe(200);
  }
});

/** What residents type, in their own words (not the page titles), and the guide that must come first. */
const EVERYDAY: Record<(typeof LOCALES)[number], [string, string][]> = {
  zh: [
    ['小孩玩火', 'children'],
    ['帐篷着火', 'tents'],
    ['煤气中毒', 'winter-stoves'],
    ['电瓶车充电', 'e-bike-charging'],
    ['煤气罐漏气', 'lpg-cylinders'],
    ['放鞭炮', 'festivals'],
    ['烫着了', 'burns-first-aid'],
  ],
  bo: [
    ['ཕྲུ་གུ', 'children'],
    ['གློག་རྟ', 'e-bike-charging'],
    ['དུག་རླངས་ཕོག', 'winter-stoves'],
    ['མེ་སྲོ', 'winter-stoves'],
    ['དཀར་མེ', 'butter-lamps'],
    ['ལོ་གསར', 'festivals'],
  ],
};

for (const locale of LOCALES) {
  test(`everyday words in ${locale} put the guide they name first`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    await expect(page.locator('.search[data-state]')).toBeAttached();
    const field = page.getByRole('searchbox').first();
    for (const [query, slug] of EVERYDAY[locale]) {
      await field.fill(query);
      await expect(page.locator('main ol.search-results').first().locator('a').first(), query).toHaveAttribute(
        'href',
        `/${locale}/guides/${slug}/`,
      );
    }
  });
}

test('a Tibetan query on the Chinese site lists the Tibetan pages, labelled and in Tibetan', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('ཕྲུ་གུ')}`);
  const other = page.locator('main section.search-other');
  await expect(other.getByRole('heading')).toHaveText('藏文页面');
  const link = other.locator('a[href="/bo/guides/children/"]');
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('lang', 'bo');
  for (const href of await other.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/bo\//);
  // Beside the glossary lookup: the Chinese pages that say 孩子.
  await expect(page.locator('main section.search-also:not(.search-other)').getByRole('heading')).toContainText('孩子');
});

test('a Chinese query on the Tibetan site lists the Chinese pages, labelled and in Chinese', async ({ page }) => {
  await page.goto(`/bo/search/?q=${encodeURIComponent('煤气中毒')}`);
  // The Tibetan guide first, then the Chinese pages under their own heading.
  await expect(page.locator('main ol.search-results').first().locator('a').first()).toHaveAttribute(
    'href',
    '/bo/guides/winter-stoves/',
  );
  const other = page.locator('main section.search-other');
  await expect(other.getByRole('heading')).toHaveText('རྒྱ་ཡིག་གི་ཤོག་ངོས');
  const link = other.locator('a[href="/zh/guides/winter-stoves/"]');
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('lang', 'zh-CN');
});
