import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1920, height: 1080 } });

test('a full classroom round with scores and an undo, from the keyboard', async ({ page }) => {
  await page.goto('/zh/classroom/');
  await page.getByLabel('参赛队（每行一个队名，2 到 8 个队）').fill('红队\n蓝队\n<b>黄队</b>');
  await page.getByRole('button', { name: '开始竞赛' }).click();
  await expect(page.locator('.projected-prompt').first()).toBeVisible();
  // Team names are shown as typed, never as markup.
  await expect(page.locator('.team-name').nth(2)).toHaveText('<b>黄队</b>');
  // 必答: team 1 answers; the host reveals and marks it right.
  await page.keyboard.press('t');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.projected-explanation')).toBeVisible();
  await page.keyboard.press('y');
  await expect(page.getByTestId('score-0')).toHaveText('10');
  await page.keyboard.press('ArrowRight');
  // Next question goes to team 2; a wrong answer scores nothing.
  await expect(page.locator('.scoreboard li.active .team-name')).toContainText('蓝队');
  await page.keyboard.press('n');
  await expect(page.getByTestId('score-1')).toHaveText('0');
  // 抢答: team 3 buzzes first and is right, then the host undoes it.
  await page.getByRole('button', { name: '抢答' }).click();
  await page.keyboard.press('3');
  await page.keyboard.press('y');
  await expect(page.getByTestId('score-2')).toHaveText('10');
  await page.keyboard.press('u');
  await expect(page.getByTestId('score-2')).toHaveText('0');
  // 风险: team 2 wagers 30 and is wrong.
  await page.getByRole('button', { name: '风险题' }).click();
  await page.keyboard.press('2');
  await page.getByRole('button', { name: '30', exact: true }).click();
  await page.getByRole('button', { name: /答错/ }).click();
  await expect(page.getByTestId('score-1')).toHaveText('-30');
  // A reload of the projector page loses nothing.
  await page.reload();
  await expect(page.getByTestId('score-0')).toHaveText('10');
  await expect(page.getByTestId('score-1')).toHaveText('-30');
});

test('shows both languages at once and counts down', async ({ page }) => {
  await page.goto('/bo/classroom/');
  await page.getByRole('button', { name: 'འགྲན་བསྡུར་འགོ་འཛུགས' }).click();
  await expect(page.locator('.projected-prompt[lang="bo"]')).toBeVisible();
  await expect(page.locator('.projected-prompt[lang="zh-CN"]')).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.locator('.projected-prompt[lang="zh-CN"]')).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(page.getByTestId('timer')).not.toHaveText('30', { timeout: 3000 });
});

test('asks for at least two teams', async ({ page }) => {
  await page.goto('/zh/classroom/');
  await page.getByLabel('参赛队（每行一个队名，2 到 8 个队）').fill('独一队');
  await page.getByRole('button', { name: '开始竞赛' }).click();
  await expect(page.getByRole('alert')).toHaveText('至少需要 2 个队。');
});
