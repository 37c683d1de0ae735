import { expect, test } from './fixtures.ts';

// The deepest common stacks (tibetan-text-rules §1), native letters only: the subset has no Sanskrit marks: their ink must fit inside the line box.
const DEEP = 'བསྒྲུབས་སྒྲོན་བརྒྱུད་སྐྱོང';

for (const path of ['/bo/', '/bo/law/28/', '/bo/guides/winter-stoves/', '/zh/']) {
  test(`Tibetan on ${path} uses the self-hosted font, and stacks never clip`, async ({ page }, testInfo) => {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const check = await page.evaluate((deep) => {
      const elements = [
        ...document.querySelectorAll<HTMLElement>(
          '[lang="bo"], html[lang="bo"] main p, html[lang="bo"] main li, html[lang="bo"] h1',
        ),
      ]
        .filter((el) => el.textContent && /[\u0F40-\u0FBC]/.test(el.textContent) && el.getClientRects().length > 0)
        // Inline Tibetan inside a Chinese line may spill ink into the line gap by design (rules §2).
        .filter((el) => getComputedStyle(el).display !== 'inline');
      const canvas = document.createElement('canvas').getContext('2d')!;
      return {
        // A Chinese page's Tibetan is its chrome, drawn from the chrome's own small font.
        loaded:
          document.documentElement.lang === 'bo'
            ? document.fonts.check('20px "Noto Serif Tibetan"', 'བསྒྲུབས')
            : document.fonts.check('20px "Tibetan Chrome"', document.querySelector('.brand .bo')!.textContent!),
        count: elements.length,
        clipped: elements
          .map((el) => {
            const style = getComputedStyle(el);
            const size = parseFloat(style.fontSize);
            const lineHeight = style.lineHeight === 'normal' ? Infinity : parseFloat(style.lineHeight);
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const ink = canvas.measureText(deep);
            const inkHeight = ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent;
            return {
              tag: el.tagName,
              text: el.textContent!.slice(0, 20),
              size,
              lineHeight,
              inkHeight,
              hidden: style.overflow === 'hidden',
            };
          })
          // A line box shorter than the ink of a deep stack clips it where lines touch or overflow is hidden.
          .filter(({ lineHeight, inkHeight }) => lineHeight < inkHeight),
      };
    }, DEEP);
    expect(check.loaded).toBe(true);
    expect(check.count).toBeGreaterThan(0);
    expect(check.clipped).toEqual([]);
    await testInfo.attach(`tibetan-${path.replace(/\//g, '_')}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });
}

test('the Tibetan font is served from this site and only as the subset', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(new URL(response.url()).pathname);
  });
  await page.goto('/bo/law/28/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts).toEqual(['/fonts/noto-serif-tibetan-400.subset.woff2']);
});
