import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/** A wide LED panel on a van, a TV, a portrait screen in a hall. */
const SIZES = [
  { name: 'LED panel', width: 768, height: 384 },
  { name: 'TV', width: 1920, height: 1080 },
  { name: 'portrait screen', width: 1080, height: 1920 },
] as const;

/** Every playlist file the build turned into a page (others add them; the test covers whatever exists). */
const PLAYLISTS = readdirSync(new URL('../content/slides/', import.meta.url))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

const player = (page: Page) => page.locator('.screen-player[data-running]');

async function openShow(page: Page, path: string) {
  await page.goto(path);
  await expect(player(page)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** Moves to the next item with the → key and waits until the player shows it. */
async function next(page: Page) {
  const before = Number(await player(page).getAttribute('data-position'));
  await page.keyboard.press('ArrowRight');
  await expect(player(page)).not.toHaveAttribute('data-position', String(before));
}

/**
 * What spills over on the current screen: the page scrolling, the slide overflowing its stage, or a
 * text box wider than itself or sticking out of the stage or the window. Empty when all is well.
 */
async function overflow(page: Page): Promise<string[]> {
  // Let a pending refit run (after a font arrived or the bar changed size, it waits for an animation frame).
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))),
  );
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight) {
      problems.push(
        `the page scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${root.clientWidth}×${root.clientHeight}`,
      );
    }
    const slide = document.querySelector<HTMLElement>('.screen-slide')!;
    if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) {
      problems.push(
        `the slide overflows: ${slide.scrollWidth}×${slide.scrollHeight} in ${slide.clientWidth}×${slide.clientHeight}`,
      );
    }
    const stage = document.querySelector('.screen-stage')!.getBoundingClientRect();
    const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    for (const box of document.querySelectorAll<HTMLElement>(
      '.screen-player :is(p, li, figcaption, .quiz-head, .slide-icon, .qr-code)',
    )) {
      const rect = box.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const within = box.closest('.screen-stage') ? stage : view;
      const label = `"${(box.textContent ?? '').trim().slice(0, 30)}"`;
      if (box.scrollWidth > box.clientWidth + 1) problems.push(`${label} is wider than its box`);
      if (
        rect.left < within.left - 1 ||
        rect.right > within.right + 1 ||
        rect.top < within.top - 1 ||
        rect.bottom > within.bottom + 1
      ) {
        problems.push(
          `${label} sticks out: ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)}`,
        );
      }
    }
    return problems;
  });
}

/** Text of the bar and notes is never scaled down: at least about 4 % of the screen height (width on portrait). */
async function smallestChromeText(page: Page) {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll('.screen-bar :is(p, span, strong, time), .screen-note p')].map((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    return { smallest: Math.min(...sizes), unit: Math.min(innerHeight / 100, (1.6 * innerWidth) / 100) };
  });
}

for (const size of SIZES) {
  test.describe(`big screen on a ${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('plays by itself, slide after slide', async ({ page }) => {
      await openShow(page, '/screen/general/?interval=3&qr=0');
      const position = async () => Number(await player(page).getAttribute('data-position'));
      const start = await position();
      await expect.poll(position, { timeout: 8_000 }).toBeGreaterThan(start);
      await expect(page.locator('.bar-count')).toContainText(/^\d+ \/ \d+$/);
      await expect(page.locator('.bar-clock time')).toHaveText(/^\d\d:\d\d$/);
      // The progress bar grows while a slide stands. Compared within one slide: on a busy machine the
      // first reading can fall at the end of a slide, and the next slide's bar starts again from nothing.
      const bar = page.locator('.screen-progress span');
      const reading = async () => ({ position: await position(), width: (await bar.boundingBox())?.width ?? 0 });
      let first = await reading();
      await expect
        .poll(
          async () => {
            const now = await reading();
            if (now.position !== first.position) {
              first = now;
              return false;
            }
            return now.width > first.width;
          },
          { timeout: 8_000 },
        )
        .toBe(true);
    });

    test('obeys the presenter keys → ← PageDown P B', async ({ page }) => {
      await openShow(page, '/screen/general/?interval=120');
      await page.keyboard.press('ArrowRight');
      await expect(player(page)).toHaveAttribute('data-position', '1');
      await page.keyboard.press('PageDown');
      await expect(player(page)).toHaveAttribute('data-position', '2');
      await page.keyboard.press('ArrowLeft');
      await expect(player(page)).toHaveAttribute('data-position', '1');

      await page.keyboard.press('p');
      await expect(page.locator('.bar-paused')).toBeVisible();
      await expect(page.locator('.bar-paused [lang="bo"]')).toHaveText('བར་འཇོག་བྱས་ཡོད');
      // The paused note makes the bar longer (two lines on a portrait screen): the slide refits.
      expect(await overflow(page)).toEqual([]);
      await page.keyboard.press('P');
      await expect(page.locator('.bar-paused')).toHaveCount(0);

      await page.keyboard.press('b');
      await expect(page.locator('.screen-blank')).toBeVisible();
      await page.keyboard.press('B');
      await expect(page.locator('.screen-blank')).toHaveCount(0);
      await expect(player(page)).toHaveAttribute('data-position', '1');
    });

    test('holds the slide while paused and carries on after resuming', async ({ page }) => {
      await openShow(page, '/screen/general/?interval=3&qr=0');
      await page.keyboard.press('p');
      const held = await player(page).getAttribute('data-position');
      await page.waitForTimeout(4_000);
      await expect(player(page)).toHaveAttribute('data-position', held!);
      await page.keyboard.press(' ');
      await expect(player(page)).not.toHaveAttribute('data-position', held!, { timeout: 5_000 });
    });

    for (const playlist of PLAYLISTS) {
      test(`fits every slide and quiz round of the ${playlist} playlist on the screen`, async ({ page }) => {
        test.slow();
        // No fade between slides: the same layout, without a second of animation frames per step.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await openShow(page, `/screen/${playlist}/?interval=120`);
        const slides = Number((await page.locator('.bar-count').textContent())!.split('/')[1]);
        // One whole loop with the quiz rounds in it; a quiz round is checked twice: question, then answer.
        const seen = new Set<string>();
        for (let step = 0; step < slides * 2 && seen.size < slides; step++) {
          const kind = await player(page).getAttribute('data-item');
          const where = `${playlist} at ${await player(page).getAttribute('data-position')} (${kind})`;
          expect(await overflow(page), where).toEqual([]);
          if (kind === 'slide') seen.add((await page.locator('.bar-count').textContent())!);
          else {
            await page.keyboard.press('ArrowRight');
            await expect(page.locator('.screen-slide')).toHaveAttribute('data-phase', 'answer');
            expect(await overflow(page), `${where}, answer`).toEqual([]);
          }
          await next(page);
        }
        expect(seen.size, 'every slide was shown').toBe(slides);
        const { smallest, unit } = await smallestChromeText(page);
        expect(smallest).toBeGreaterThanOrEqual(4 * unit - 0.5);
      });
    }

    test('says so in both languages when a URL parameter is wrong, and plays with the default', async ({ page }) => {
      await openShow(page, '/screen/general/?interval=abc&order=zh-bo');
      const note = page.locator('.screen-note[data-param="interval"]');
      await expect(note.locator('[lang="zh-CN"]')).toContainText('interval=abc');
      await expect(note.locator('[lang="zh-CN"]')).toContainText('默认');
      await expect(note.locator('[lang="bo"]')).toContainText('interval=abc');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      expect(await overflow(page)).toEqual([]);
      const { smallest, unit } = await smallestChromeText(page);
      expect(smallest).toBeGreaterThanOrEqual(4 * unit - 0.5);
    });
  });
}

test.describe('big screen, whatever the size', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('shows both languages at once, each marked with its language, Tibetan first by default', async ({ page }) => {
    await openShow(page, '/screen/general/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
    const messages = page.locator('.slide-message');
    await expect(messages).toHaveCount(2);
    await expect(messages.nth(0)).toHaveAttribute('lang', 'bo');
    await expect(messages.nth(1)).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.bar-emergency')).toContainText('119');
    // Nothing of the site's header or navigation on the screen.
    await expect(page.locator('nav')).toHaveCount(0);
  });

  test('puts Chinese first when asked', async ({ page }) => {
    await openShow(page, '/screen/general/?order=zh-bo');
    await expect(page.locator('.slide-message').first()).toHaveAttribute('lang', 'zh-CN');
  });

  test('shows QR codes to the slide’s page in each language, drawn on the device from its own address, and hides them with qr=0', async ({
    page,
  }) => {
    await openShow(page, '/screen/general/');
    // Paused on the first slide, so it stays while the codes are read.
    await page.keyboard.press('p');
    await expect(player(page)).toHaveAttribute('data-position', '0');
    const codes = page.locator('canvas.qr-code');
    await expect(codes).toHaveCount(2);
    await expect(page.locator('.qr figcaption')).toHaveText(['བོད་ཡིག', '中文']);
    // Read each code as a phone would: jsQR on the canvas's pixels, scaled up sharp.
    const origin = new URL(page.url()).origin;
    const decoded = [];
    for (const code of await codes.all()) {
      const { width, height, data } = await code.evaluate((canvas: HTMLCanvasElement) => {
        const scale = 4;
        const big = document.createElement('canvas');
        big.width = canvas.width * scale;
        big.height = canvas.height * scale;
        const g = big.getContext('2d')!;
        g.imageSmoothingEnabled = false;
        g.drawImage(canvas, 0, 0, big.width, big.height);
        const image = g.getImageData(0, 0, big.width, big.height);
        return { width: image.width, height: image.height, data: [...image.data] };
      });
      decoded.push(jsQR(Uint8ClampedArray.from(data), width, height)?.data);
    }
    // The first slide is the newest current notice (or, with none, general.yaml's first slide): its
    // page in each language, at the address the screen was opened at.
    const [bo, zh] = decoded;
    expect(bo).toMatch(new RegExp(`^${origin}/bo/(notices|guides)/[a-z0-9-]+/$`));
    expect(zh).toBe(bo!.replace('/bo/', '/zh/'));
    await openShow(page, '/screen/general/?qr=0');
    await expect(page.locator('.qr-code')).toHaveCount(0);
  });

  for (const size of SIZES)
    test(`keeps its buttons off the QR codes and their captions on a ${size.name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openShow(page, '/screen/general/');
      // The mouse moved: the buttons show.
      await page.mouse.move(size.width / 2, size.height / 2);
      await expect(player(page)).not.toHaveClass(/is-idle/);
      const overlaps = await page.evaluate(() => {
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const buttons = [...document.querySelectorAll('.screen-controls > *')].map((b) => b.getBoundingClientRect());
        const figures = [...document.querySelectorAll('.qr, .qr figcaption, .qr-code')].map((f) =>
          f.getBoundingClientRect(),
        );
        return figures.length === 0
          ? ['no QR code shown']
          : figures.flatMap((f, i) => (buttons.some((b) => hit(b, f)) ? [`QR part ${i}`] : []));
      });
      expect(overlaps).toEqual([]);
    });

  test('never turns URL text into markup', async ({ page }) => {
    const attack = '<img src=x onerror="document.title=`pwned`">';
    await openShow(page, `/screen/general/?playlist=${encodeURIComponent(attack)}`);
    await expect(page.locator('.screen-note[data-param="playlist"] [lang="zh-CN"]')).toContainText(attack.slice(0, 40));
    await expect(page.locator('.screen-notes img')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
  });

  test('runs a quiz round: question with a countdown, then the answer and why', async ({ page }) => {
    await openShow(page, '/screen/general/?interval=120');
    for (let i = 0; i < 4; i++) await next(page);
    await expect(player(page)).toHaveAttribute('data-item', 'quiz');
    await expect(page.locator('.quiz-countdown')).toHaveText(/^\d+$/);
    await expect(page.locator('.quiz-prompt-text')).toHaveCount(2);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.screen-slide')).toHaveAttribute('data-phase', 'answer');
    await expect(page.locator('.quiz-options li.is-correct').first()).toBeVisible();
    await expect(page.locator('.quiz-explanation-text[lang="bo"]')).toBeVisible();
    await expect(page.locator('.quiz-explanation-text[lang="zh-CN"]')).toBeVisible();
  });

  test('respects reduced motion: slides change without a fade', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openShow(page, '/screen/general/');
    expect(await page.locator('.screen-slide').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test('hides the cursor and the buttons when the mouse rests', async ({ page }) => {
    await page.clock.install();
    await openShow(page, '/screen/general/');
    await page.mouse.move(200, 200);
    await expect(page.locator('.screen-controls')).toBeVisible();
    await page.clock.runFor(4_000);
    await expect(player(page)).toHaveClass(/is-idle/);
    expect(await player(page).evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  });

  test('runs without errors where the wake lock is refused or missing', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'wakeLock', { value: { request: () => Promise.reject(new Error('refused')) } });
    });
    await openShow(page, '/screen/general/');
    await page.keyboard.press('ArrowRight');
    await expect(player(page)).toHaveAttribute('data-position', '1');
    const bare = await page.context().newPage();
    bare.on('pageerror', (error) => errors.push(error.message));
    await bare.addInitScript(() => {
      delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock;
    });
    await openShow(bare, '/screen/general/');
    expect(errors).toEqual([]);
  });
});

test.describe('the list of playlists at /screen/', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('lists every playlist as a big button, in both languages', async ({ page }) => {
    await page.goto('/screen/');
    await expect(page.locator('h1 [lang="bo"]')).toBeVisible();
    await expect(page.locator('h1 [lang="zh-CN"]')).toBeVisible();
    await expect(page.locator('.playlist-button')).toHaveCount(PLAYLISTS.length);
    const box = await page.locator('.playlist-button').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expect(player(page)).toHaveCount(0);
  });

  test('plays the general playlist right there, with the chosen settings', async ({ page }) => {
    await page.goto('/screen/');
    await page.locator('input[name="order"][value="zh-bo"]').check();
    await page.locator('.playlist-button.is-default').click();
    await expect(page).toHaveURL(/\/screen\/\?.*playlist=general/);
    await expect(player(page)).toBeVisible();
    await expect(page.locator('.screen-chooser')).toBeHidden();
    await expect(page.locator('.slide-message').first()).toHaveAttribute('lang', 'zh-CN');
    expect(await overflow(page)).toEqual([]);
  });

  test('opens another playlist on its own page, and the playlist parameter goes there too', async ({ page }) => {
    const other = PLAYLISTS.find((name) => name !== 'general')!;
    await page.goto('/screen/');
    await page.locator(`.playlist-button[data-playlist="${other}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/screen/${other}/\\?`));
    await expect(player(page)).toBeVisible();
    await page.goto(`/screen/?playlist=${other}&qr=0`);
    await expect(page).toHaveURL(new RegExp(`/screen/${other}/\\?qr=0$`));
    await expect(player(page)).toBeVisible();
  });

  test('plays the default playlist, with a note, when the playlist asked for does not exist', async ({ page }) => {
    await openShow(page, '/screen/?playlist=nowhere');
    await expect(page.locator('.screen-note[data-param="playlist"] [lang="zh-CN"]')).toContainText('playlist=nowhere');
  });
});
