import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { bo } from '../src/i18n/ui/bo.ts';
import { zh } from '../src/i18n/ui/zh.ts';
import { expect, LOCALES, test } from './fixtures.ts';
import { builtFiles, DIST, VENDORED_CMS } from './support/built-files.ts';

// The site draws its own icons (src/lib/icons.ts): an emoji is a box on a phone without an emoji
// font (this machine has none) and a different picture on every other phone. So the build output
// carries none. © ® ™ are Extended_Pictographic too but are letters of ordinary fonts. The emoji
// presentation selector and the keycap mark are caught as well: they turn a digit or # into emoji.
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu;
const TEXT_SYMBOLS = new Set(['©', '®', '™']);
const SCANNED = /\.(html|js|mjs|css|json|webmanifest|xml|txt|svg|yml)$/;

test('no built page, script, style or data file of the site carries an emoji', () => {
  // Sveltia CMS, copied from npm as it is (its own emoji picker), is the editors' tool, not the site.
  const files = builtFiles(SCANNED, { skip: VENDORED_CMS });
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(EMOJI)) {
      if (TEXT_SYMBOLS.has(match[0])) continue;
      const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase()}`;
      const excerpt = text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, ' ');
      found.push(`/${relative(DIST, file)}: ${match[0]} ${code} in "${excerpt}"`);
    }
  }
  // Not vacuous: both languages' pages and the island scripts were read.
  expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(200);
  expect(files.filter((file) => file.includes('_astro') && file.endsWith('.js')).length).toBeGreaterThan(5);
  expect(found.slice(0, 30), `${found.length} emoji; use <Icon name="…"> (src/lib/icons.ts) instead`).toEqual([]);
});

/** Every site icon in the page's main area or the screen player, measured as drawn. */
const drawnIcons = (page: Page) =>
  page.locator('svg.icon').evaluateAll((icons) =>
    icons
      .filter((icon) => icon.getClientRects().length > 0)
      .map((icon) => {
        const box = icon.getBoundingClientRect();
        const path = (icon as SVGSVGElement).querySelector('path')!.getBBox();
        // The words it stands beside: its parent's, or, when the parent only frames it (the slide's disc), the next one up.
        const parent =
          icon.parentElement!.children.length === 1 ? icon.parentElement!.parentElement! : icon.parentElement!;
        return {
          name: icon.getAttribute('data-icon'),
          width: box.width,
          height: box.height,
          fontSize: parseFloat(getComputedStyle(icon).fontSize),
          drawn: { x: path.x, y: path.y, right: path.x + path.width, bottom: path.y + path.height },
          hidden: icon.getAttribute('aria-hidden') === 'true',
          label: icon.getAttribute('aria-label'),
          lang: icon.closest('[lang]')?.getAttribute('lang'),
          // …or the button or link it draws on has a name of its own (the screen's controls).
          textBeside:
            (parent.textContent ?? '').trim().length > 0 ||
            !!icon.closest('button, a')?.getAttribute('aria-label')?.trim(),
        };
      }),
  );

type Drawn = Awaited<ReturnType<typeof drawnIcons>>[number];

function expectWellDrawn(icons: Drawn[], where: string) {
  expect(icons.length, `icons on ${where}`).toBeGreaterThan(0);
  for (const icon of icons) {
    const what = `${icon.name} on ${where}`;
    // A square box of 1.25em: it grows with the text around it and does not change once drawn.
    expect(icon.width, what).toBeGreaterThan(8);
    expect(Math.abs(icon.width - icon.height), what).toBeLessThan(0.5);
    expect(Math.abs(icon.width - 1.25 * icon.fontSize), what).toBeLessThan(1);
    // The path is drawn, and inside its 24×24 grid.
    expect(icon.drawn.right - icon.drawn.x, what).toBeGreaterThan(4);
    expect(icon.drawn.x, what).toBeGreaterThanOrEqual(0);
    expect(icon.drawn.y, what).toBeGreaterThanOrEqual(0);
    expect(icon.drawn.right, what).toBeLessThanOrEqual(24);
    expect(icon.drawn.bottom, what).toBeLessThanOrEqual(24);
    // Decorative beside its words, or named.
    if (icon.hidden) expect(icon.textBeside, `${what} is hidden and has no words beside it`).toBe(true);
    else expect(icon.label?.trim(), `${what} needs a label`).toBeTruthy();
  }
}

for (const locale of LOCALES) {
  test.describe(`icons in ${locale}`, () => {
    for (const path of ['', 'campaign/', 'campaign/pastoral/', 'guides/winter-stoves/', 'quiz/', 'offline/']) {
      test(`/${locale}/${path} draws its icons in a square box that scales with the text`, async ({ page }) => {
        await page.goto(`/${locale}/${path}`);
        expectWellDrawn(await drawnIcons(page), `/${locale}/${path}`);
      });
    }

    test('a checked practice answer marks the right option with a named tick in the page language', async ({
      page,
    }) => {
      const t = locale === 'zh' ? zh : bo;
      await page.goto(`/${locale}/quiz/households/`);
      await page.locator('.practice .question input').first().check();
      await page.getByRole('button', { name: t['quiz.check'] }).click();
      const tick = page.locator('.practice .options svg[data-icon="tick"]');
      await expect(tick).toHaveAttribute('role', 'img');
      await expect(tick).toHaveAttribute('aria-label', t['quiz.theAnswer']);
      const icons = await drawnIcons(page);
      expectWellDrawn(icons, `/${locale}/quiz/households/ after checking`);
      expect(icons.map((icon) => icon.name)).toEqual(expect.arrayContaining(['tick']));
      expect(icons.find((icon) => icon.name === 'tick' && !icon.hidden)?.lang).toBe(locale === 'zh' ? 'zh-CN' : 'bo');
    });
  });
}

test('the big screen draws each slide picture large, on its disc', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/screen/general/');
  const picture = page.locator('.slide-icon svg.icon');
  await expect(picture).toBeVisible();
  const box = (await picture.boundingBox())!;
  // Read from metres away: a tenth of the screen height at least.
  expect(box.height).toBeGreaterThan(108);
  expectWellDrawn(await drawnIcons(page), '/screen/general/');
});

test('the classroom stage draws its icons on a 1920×1080 projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/zh/classroom/');
  await page.getByRole('button', { name: zh['classroom.start'] }).click();
  await expect(page.locator('.stage .projected-prompt').first()).toBeVisible();
  const icons = await drawnIcons(page);
  expect(icons.map((icon) => icon.name)).toEqual(expect.arrayContaining(['menu', 'play']));
  expectWellDrawn(icons, '/zh/classroom/');
});
