import { expect, LOCALES, test } from './fixtures.ts';
import { platformFonts } from './support/platform-fonts.ts';

// One page of every type a reader opens on a phone, in both languages.
const PAGE_TYPES = [
  '/',
  '/law/',
  '/law/28/',
  '/campaign/',
  '/campaign/households/',
  '/guides/',
  '/guides/winter-stoves/',
  '/checklists/',
  '/checklists/household/',
  '/quiz/',
  '/glossary/',
  '/offline/',
  '/search/',
];

for (const locale of LOCALES) {
  for (const path of PAGE_TYPES) {
    test(`on /${locale}${path} the title is larger than section headings and those larger than text`, async ({
      page,
    }) => {
      await page.goto(`/${locale}${path}`);
      const sizes = await page.evaluate(() => {
        const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : undefined);
        const main = document.querySelector('main')!;
        const body = parseFloat(getComputedStyle(document.body).fontSize);
        const text = [...main.querySelectorAll('p')].find((p) => p.textContent!.trim().length > 10);
        const lead = main.querySelector('.lead');
        return {
          body,
          h1: px(main.querySelector('h1')),
          // The smallest section heading on the page: every one must stand above the text.
          h2: Math.min(...[...main.querySelectorAll('h2')].map((h) => px(h)!)),
          text: px(text ?? null) ?? body,
          lead: px(lead),
        };
      });
      expect(sizes.h1, 'h1').toBeGreaterThanOrEqual(1.3 * sizes.body);
      if (Number.isFinite(sizes.h2)) {
        expect(sizes.h1!, 'h1 over h2').toBeGreaterThan(sizes.h2);
        expect(sizes.h2, 'h2 over body').toBeGreaterThan(sizes.body);
      }
      if (sizes.lead !== undefined) expect(sizes.lead, 'lead under the title').toBeLessThan(sizes.h1!);
      // Tibetan text is set 1.2× the Chinese size; never smaller than Chinese body text.
      expect(sizes.body).toBeGreaterThanOrEqual(locale === 'bo' ? 20 : 17);
    });
  }
}

test('Tibetan typed into a Chinese page (a team name in the classroom) is drawn with the Tibetan font', async ({
  page,
}) => {
  await page.goto('/zh/classroom/');
  await page.locator('#teams').fill('སློབ་གྲྭ་ཚོགས་པ\nཚོགས་པ་གཉིས་པ');
  await page.locator('.classroom-setup button[type="submit"]').click();
  await expect(page.getByText('སློབ་གྲྭ་ཚོགས་པ').first()).toBeVisible();
  // The scoreboard shows the typed name as plain text, with no lang attribute. The second team's:
  // the first, answering, has the turn icon inside its name.
  await page.evaluate(async () => {
    await document.fonts.ready;
    const all = [...document.querySelectorAll('body *')];
    const cell = all.find((el) => el.childElementCount === 0 && el.textContent?.includes('ཚོགས་པ་གཉིས་པ'));
    cell!.id = 'typed-team';
  });
  await expect.poll(() => platformFonts(page, '#typed-team')).toContain('Noto Serif Tibetan');
});

test('Tibetan on a Chinese page that is not marked lang="bo" is drawn with the Tibetan font, Chinese with a Chinese one', async ({
  page,
}) => {
  await page.goto('/zh/law/28/');
  // The same text a saved-pages list or a typed name puts on a Chinese page: no lang attribute.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'unmarked';
    p.textContent = 'མེ་ཟོན་བདེ་འཇགས';
    document.querySelector('main')!.append(p);
  });
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => platformFonts(page, '#unmarked')).toEqual(['Noto Serif Tibetan']);
  const han = await platformFonts(page, 'main h1');
  expect(
    han.some((name) => /CJK|Hei|PingFang/i.test(name)),
    han.join(),
  ).toBe(true);
  expect(han).not.toContain('Noto Serif Tibetan');
});

// Unit symbols a phone prints in every language; the offline page's version is a hash.
const NOT_ENGLISH = new Set(['KB', 'MB', 'GB']);

for (const path of PAGE_TYPES) {
  test(`/bo${path} shows no English words`, async ({ page }) => {
    await page.goto(`/bo${path}`);
    await page.evaluate(() => document.fonts.ready);
    const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
    // Addresses (the link to copy, the page's own URL) are not words.
    const words = [...text.replace(/https?:\/\/\S+/g, '').matchAll(/\b[A-Za-z][A-Za-z'-]+\b/g)]
      .map((m) => m[0])
      .filter((word) => !NOT_ENGLISH.has(word) && !/^[0-9a-f]{12}$/.test(word));
    expect(words).toEqual([]);
  });
}

test('every Tibetan law page is titled in Tibetan, and the article number is in Tibetan', async ({ page }) => {
  for (const n of [1, 16, 28, 44, 74]) {
    await page.goto(`/bo/law/${n}/`);
    const h1 = page.getByRole('heading', { level: 1 });
    const label = h1.locator('span[lang="bo"]').first();
    await expect(label).toHaveText(/^དོན་ཚན་[\u0F40-\u0FBC\u0F0B]+$/);
    expect(await page.title()).toMatch(/^དོན་ཚན་/);
    await expect(page.locator('.breadcrumbs')).toHaveText(/ལེའུ་/);
    await expect(page.locator('.breadcrumbs')).not.toHaveText(/第/);
    for (const link of await page.locator('.pager a[rel]').all()) await expect(link).not.toHaveText(/第/);
  }
});
