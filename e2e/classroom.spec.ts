import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Projectors, an LED panel and a portrait TV: the stage must fit each one without scrolling. */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 768, height: 384 },
  { width: 1080, height: 1920 },
];
const START = { zh: '开始竞赛', bo: 'འགྲན་བསྡུར་འགོ་འཛུགས' } as const;

/** Starts a competition from the setup form with the keyboard only (Tab to the button, Enter). */
async function start(page: Page, lang: 'zh' | 'bo', { seconds = '30' } = {}) {
  await page.goto(`/${lang}/classroom/`);
  await page.locator('select').nth(1).selectOption(seconds);
  await page.getByRole('button', { name: START[lang] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.stage .projected-prompt').first()).toBeVisible();
}

/** What the room sees: does the stage fit the screen, and how big is its text, as a share of the screen height. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const onScreen = box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
      return onScreen && box.width > 0 && style.visibility !== 'hidden' && !el.closest('.visually-hidden');
    };
    const ownText = (el: Element) =>
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    const share = (el: Element) => parseFloat(getComputedStyle(el).fontSize) / innerHeight;
    const texts = [...document.querySelectorAll('body *')].filter((el) => visible(el) && ownText(el));
    const smallest = texts.reduce(
      (min, el) => (share(el) < min.share ? { share: share(el), text: el.textContent!.trim().slice(0, 30) } : min),
      { share: 1, text: '' },
    );
    const prompts = [...document.querySelectorAll('.projected-prompt')];
    return {
      fits: document.documentElement.scrollHeight <= innerHeight,
      smallest,
      prompt: Math.min(...prompts.map(share)),
      promptPx: Object.fromEntries(
        prompts.map((p) => [p.getAttribute('lang'), parseFloat(getComputedStyle(p).fontSize)]),
      ),
      header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
      boxesOnScreen: ['.projected-prompt', '.projected-options', '.timer', '.scoreboard', '.emergency'].every((s) => {
        const box = document.querySelector(s)?.getBoundingClientRect();
        return !!box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight + 1;
      }),
    };
  });

async function expectStageFits(page: Page) {
  // Fonts and the fit pass settle first.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  const m = await measure(page);
  expect(m.fits, 'no scrolling').toBe(true);
  expect(m.header, 'no site header').toBe(0);
  expect(m.boxesOnScreen, 'question, options, timer, scores and 119 all on screen').toBe(true);
  expect(m.prompt, 'question ≥ 4.5 % of the screen height').toBeGreaterThanOrEqual(0.045);
  expect(m.smallest.share, `smallest text "${m.smallest.text}" ≥ 2.2 %`).toBeGreaterThanOrEqual(0.022);
  if (m.promptPx['bo'] && m.promptPx['zh-CN']) expect(m.promptPx['bo']).toBeGreaterThanOrEqual(m.promptPx['zh-CN']);
}

const score = (page: Page, team: number) => page.getByTestId(`score-${team}`);
/** Scores, counts and the timer are written in the stage language's digits (src/lib/format/). */
const digits = (lang: 'zh' | 'bo', text: string) =>
  lang === 'bo' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0f20 + Number(d))) : text;

for (const size of SIZES)
  for (const lang of ['zh', 'bo'] as const)
    test(`at ${size.width}×${size.height} in ${lang}, one question of each round runs from the keyboard and the stage fits`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await start(page, lang);
      await expectStageFits(page);
      // 必答: team 1 answers; timer, reveal, right. A second Y changes nothing.
      await page.keyboard.press('t');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.projected-explanation')).toBeVisible();
      await expectStageFits(page);
      await page.keyboard.press('y');
      await page.keyboard.press('y');
      await expect(score(page, 0)).toHaveText(digits(lang, '10'));
      await page.keyboard.press('n');
      await expect(score(page, 0)).toHaveText(digits(lang, '10'));
      // 抢答 (R): a buzzer box types 3, then 1 (too late); the question goes to team 3.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('r');
      await expect(page.locator('.stage')).toHaveAttribute('data-round', 'buzz');
      await page.keyboard.press('3');
      await page.keyboard.press('1');
      await expect(page.locator('.scoreboard li.active')).toHaveCount(1);
      await page.keyboard.press('y');
      await expect(score(page, 2)).toHaveText(digits(lang, '10'));
      await expect(score(page, 0)).toHaveText(digits(lang, '10'));
      // 风险 (R): team 2 wagers 30 (W twice) and is wrong; then the host undoes it (U).
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('r');
      await expect(page.locator('.stage')).toHaveAttribute('data-round', 'risk');
      await page.keyboard.press('2');
      await page.keyboard.press('w');
      await page.keyboard.press('w');
      await expect(page.locator('.stage-wager strong')).toHaveText(digits(lang, '30'));
      await expectStageFits(page);
      await page.keyboard.press('n');
      await expect(score(page, 1)).toHaveText(digits(lang, '-30'));
      await page.keyboard.press('u');
      await expect(score(page, 1)).toHaveText(digits(lang, '0'));
      await expectStageFits(page);
    });

test('a presenter remote alone (→ ← . Esc) picks the round, the team and the wager, and judges', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await start(page, 'zh');
  const menu = page.getByRole('dialog', { name: '菜单' });
  const current = menu.locator('.is-current');
  // Esc opens the menu on "答对" for the team whose turn it is; "." chooses it.
  await page.keyboard.press('Escape');
  await expect(current).toContainText('答对');
  await page.keyboard.press('.');
  await expect(menu).toHaveCount(0);
  await expect(score(page, 0)).toHaveText('10');
  // F5 (the remote's other button) opens it too; → walks to 风险题.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F5');
  await expect(menu).toBeVisible();
  for (let i = 0; i < 12 && !(await current.textContent())?.includes('风险题'); i++)
    await page.keyboard.press('ArrowRight');
  await page.keyboard.press('.');
  await expect(page.locator('.stage')).toHaveAttribute('data-round', 'risk');
  // The menu now starts on the teams: → to team 2, choose; then a wager of 20; then wrong.
  await page.keyboard.press('Escape');
  await expect(current).toContainText('1 第一组');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('b');
  await expect(page.locator('.scoreboard li.active .team-name')).toContainText('第二组');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 12 && !(await current.textContent())?.includes('押分： 20'); i++)
    await page.keyboard.press('ArrowRight');
  await page.keyboard.press('.');
  await expect(page.locator('.stage-wager strong')).toHaveText('20');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 12 && !(await current.textContent())?.includes('答错'); i++)
    await page.keyboard.press('ArrowRight');
  await page.keyboard.press('.');
  await expect(score(page, 1)).toHaveText('-20');
  // B blacks the screen out; the next press brings it back.
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('blank')).toHaveCount(0);
});

test('the end of the time is unmistakable: the stage turns red and says so', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await start(page, 'bo', { seconds: '10' });
  const stage = page.locator('.stage');
  const background = () => stage.evaluate((el) => getComputedStyle(el).backgroundColor);
  const before = await background();
  // The page's clock stands still from here and moves only when the test says (a busy machine is slow).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.keyboard.press('t');
  await page.clock.runFor(4_300);
  await expect(page.getByTestId('timer')).toHaveText('༦');
  // A reveal does not reset it.
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(1_000);
  await expect(page.getByTestId('timer')).toHaveText('༥');
  await page.clock.runFor(5_500);
  await expect(stage).toHaveAttribute('data-timer', 'up');
  await expect(page.getByTestId('timer')).toHaveText('དུས་ཚོད་ཚར');
  // The colour changes through a short transition, so it is read until it has moved.
  await expect.poll(background).not.toBe(before);
  await expectStageFits(page);
  // The next question starts with its full time.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timer')).toHaveText('༡༠');
  await expect(stage).toHaveAttribute('data-timer', 'idle');
});

test('a reload keeps the timer running', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await start(page, 'zh', { seconds: '10' });
  await page.keyboard.press('t');
  await page.waitForTimeout(2_100);
  await page.reload();
  await expect(page.getByTestId('timer')).toHaveText(/^[1-7]$/);
  await expect(page.locator('.stage')).toHaveAttribute('data-timer', 'up', { timeout: 10_000 });
});

test('the final ranking, a one-page results sheet and a picture made on the device', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/zh/classroom/');
  await page.getByLabel('学校、班级或地点（印在成绩单上，可不填）').fill('县第一小学 五年级');
  await page.getByRole('button', { name: '开始竞赛' }).click();
  await page.keyboard.press('y');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('y');
  await page.keyboard.press('e');
  await expect(page.getByRole('heading', { name: '最终排名' })).toBeVisible();
  await expect(page.locator('.ranking li').first()).toContainText('第 1 名');
  await expect(page.getByTestId('final-0')).toHaveText('10');
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);

  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('results-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('县第一小学 五年级');
  await expect(sheet).toContainText(String(new Date().getFullYear()));
  await expect(sheet.locator('tbody tr')).toHaveCount(4);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存成绩图片' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(1, 4).toString()).toBe('PNG');
  // ← goes back to the game.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.stage')).toBeVisible();
});

test('the Tibetan ranking and results sheet write places, scores and the date in Tibetan', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await start(page, 'bo');
  await page.keyboard.press('y');
  await page.keyboard.press('e');
  await expect(page.locator('.ranking li').first()).toContainText('ཨང་ ༡ པ');
  await expect(page.getByTestId('final-0')).toHaveText('༡༠');
  const sheet = page.getByTestId('results-sheet');
  // The date as PRC Tibetan prints it (Intl would write "December 3, 2026" or ASCII digits).
  await expect(sheet).toContainText(`ཚེས་གྲངས། སྤྱི་ལོ་ ${digits('bo', String(new Date().getFullYear()))}`);
  expect(await sheet.innerText()).not.toMatch(/[0-9]|[A-Za-z]{2,}|:/);
});

test.describe(() => {
  // page.route does not see a service worker's fetches; without one the failure is real.
  test.use({ serviceWorkers: 'block' });
  test('fetches the chosen set’s questions as a file of its own, and says so plainly when it cannot', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await start(page, 'zh');
    const chosen = await page.evaluate(() => JSON.parse(localStorage.getItem('classroom:competition')!).data.setId);
    expect(fetched.filter((path) => path.endsWith('/questions.json'))).toEqual([`/zh/quiz/${chosen}/questions.json`]);
    await page.route('**/questions.json', (route) => route.abort());
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('题目没有读出来');
    // The scores are still there: only the questions failed.
    await expect(page.getByRole('button', { name: '新的竞赛' })).toBeVisible();
  });
});

test('a full classroom round with scores and an undo, and a reload loses nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/zh/classroom/');
  await page.getByLabel('参赛队（每行一个队名，2 到 8 个队）').fill('红队\n蓝队\n<b>黄队</b>');
  await page.getByRole('button', { name: '开始竞赛' }).click();
  // Team names are shown as typed, never as markup.
  await expect(page.locator('.team-name').nth(2)).toHaveText('<b>黄队</b>');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('y');
  await expect(score(page, 0)).toHaveText('10');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.scoreboard li.active .team-name')).toContainText('蓝队');
  // A mouse works too: click a team in the scoreboard.
  await page.locator('.scoreboard li').nth(2).getByRole('button').click();
  await expect(page.locator('.scoreboard li.active .team-name')).toContainText('黄队');
  await page.reload();
  await expect(score(page, 0)).toHaveText('10');
  await expect(page.locator('.scoreboard li.active .team-name')).toContainText('黄队');
  await expect(page.getByRole('status')).toHaveText('已接着上次的竞赛继续。');
});

test('shows both languages at once, or one with L', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await start(page, 'bo');
  await expect(page.locator('.projected-prompt[lang="bo"]')).toBeVisible();
  await expect(page.locator('.projected-prompt[lang="zh-CN"]')).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.locator('.projected-prompt[lang="zh-CN"]')).toHaveCount(0);
});

test('asks for at least two teams', async ({ page }) => {
  await page.goto('/zh/classroom/');
  await page.getByLabel('参赛队（每行一个队名，2 到 8 个队）').fill('独一队');
  await page.getByRole('button', { name: '开始竞赛' }).click();
  await expect(page.getByRole('alert')).toHaveText('至少需要 2 个队。');
});
