import type { Page } from '@playwright/test';
import { expect, LOCALES, test } from './fixtures.ts';
import { platformFonts } from './support/platform-fonts.ts';

// Fonts only where the text needs them: a Chinese page draws its Tibetan brand line and language link
// from a few-KB font and never downloads the whole Tibetan subset for them; a Tibetan page downloads
// the one subset file it draws with.
const PAGE_TYPES = [
  '/',
  '/law/',
  '/law/28/',
  '/campaign/households/',
  '/guides/winter-stoves/',
  '/checklists/household/',
  '/quiz/households/',
  '/classroom/',
  '/search/',
  '/glossary/',
  '/offline/',
];
const CHROME = '/fonts/noto-serif-tibetan-chrome.subset.woff2';
const SUBSET = '/fonts/noto-serif-tibetan-400.subset.woff2';

test.use({ serviceWorkers: 'block' });

async function fontsOf(page: Page, path: string) {
  const fonts: { path: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'font') return;
    fonts.push({ path: new URL(response.url()).pathname, bytes: (await response.body()).length });
  });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  return fonts;
}

for (const path of PAGE_TYPES) {
  test(`/zh${path} draws its Tibetan chrome from the small font and fetches the whole subset only for Tibetan in its text`, async ({
    page,
  }) => {
    const fonts = await fontsOf(page, `/zh${path}`);
    const tibetanInMain = await page.evaluate(() => /[\u0F00-\u0FFF]/.test(document.querySelector('main')!.innerText));
    expect(fonts.map((font) => font.path).sort()).toEqual(tibetanInMain ? [CHROME, SUBSET].sort() : [CHROME]);
    expect(fonts.find((font) => font.path === CHROME)!.bytes).toBeLessThanOrEqual(10 * 1024);
    for (const selector of ['.brand .bo', '.switcher'])
      expect(await platformFonts(page, selector), selector).toEqual(['Noto Serif Tibetan']);
  });

  test(`/bo${path} downloads one Tibetan font file, the subset it draws with`, async ({ page }) => {
    const fonts = await fontsOf(page, `/bo${path}`);
    expect(fonts.map((font) => font.path)).toEqual([SUBSET]);
    expect(await platformFonts(page, 'main h1')).toContain('Noto Serif Tibetan');
  });
}

for (const locale of LOCALES) {
  test(`the brand line and the language link of /${locale}/ are drawn in Tibetan letters, not boxes`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    await page.evaluate(() => document.fonts.ready);
    // A box (.notdef) has the same width for every letter; real Tibetan letters differ, and the
    // stacked syllable ཀྱི is one letter wide however many code points it has.
    const widths = await page.evaluate(() => {
      const brand = document.querySelector<HTMLElement>('.brand .bo')!;
      const canvas = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(brand);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return { ka: canvas.measureText('ཀ').width, kyi: canvas.measureText('ཀྱི').width };
    });
    expect(widths.ka).toBeGreaterThan(0);
    expect(widths.kyi).toBeLessThan(widths.ka * 1.2);
  });
}
