import { expect, LOCALES, test } from './fixtures.ts';

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
