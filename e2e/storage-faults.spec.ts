/**
 * What the device keeps, when it cannot keep it (storage full) or keeps something that makes no sense.
 * "Full" is the browser's own QuotaExceededError from localStorage.setItem, thrown for every write.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';
import { passExamByItsKey } from './support/exam.ts';

const storageFull = () => {
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};

test('with storage full, site.js still keeps the query on the language switch and runs the service worker', async ({
  page,
}) => {
  await page.addInitScript(storageFull);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/zh/search/?q=灭火器');
  await expect(page.locator('a.switcher').first()).toHaveAttribute('href', /\?q=/);
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()))).toBe(true);
  expect(errors).toEqual([]);
});

test('a checklist record with a date that is no date keeps its ticks, and the next tick adds to them', async ({
  page,
}) => {
  await page.goto('/zh/checklists/household/');
  const ids = await page
    .locator('.checklist input[type="checkbox"]')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).name));
  await page.evaluate(
    (first) =>
      localStorage.setItem(
        'checklist:household',
        JSON.stringify({ v: 1, data: { ticked: [first], updated: 'not a date' } }),
      ),
    ids[0]!,
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.reload();
  await expect(page.locator('.checklist[data-hydrated]')).toBeVisible();
  await expect(page.locator(`input[name="${ids[0]}"]`)).toBeChecked();
  await page.locator(`input[name="${ids[1]}"]`).check();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('checklist:household')!).data.ticked);
  expect(saved).toEqual([ids[0], ids[1]]);
  expect(errors).toEqual([]);
});

test('a saved practice answer pointing at an option that does not exist is not shown as answered right', async ({
  page,
}) => {
  // Every question of the set "answered" with option 99 and marked right.
  const set = parse(readFileSync('content/quiz/sets/households.yaml', 'utf8')) as { questions: string[] };
  const answers: Record<string, unknown> = {};
  for (const id of set.questions) {
    const type = (parse(readFileSync(`content/quiz/questions/${id}.yaml`, 'utf8')) as { type: string }).type;
    if (type === 'single') answers[id] = { answer: { kind: 'single', option: 99 }, correct: true };
    if (type === 'multiple') answers[id] = { answer: { kind: 'multiple', options: [99] }, correct: true };
  }
  await page.goto('/zh/quiz/households/');
  await page.evaluate((data) => localStorage.setItem('quiz:practice:households', JSON.stringify({ v: 1, data })), {
    index: 0,
    answers,
    wrong: [],
  });
  await page.reload();
  await expect(page.locator('.practice .note')).toContainText('和现在的题目对不上');
  // The first question is open to answer, not shown as answered.
  await expect(page.locator('.practice .question input:checked')).toHaveCount(0);
  await expect(page.locator('.practice .feedback')).toHaveCount(0);
});

test('a certificate name the phone cannot keep, or cannot read back, is said plainly', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/zh/');
  await page.evaluate(() => localStorage.setItem('quiz:certificate-name', '{"v":1,"data":{"name":5}}'));
  await passExamByItsKey(page, 'zh');
  await expect(page.locator('.certificate-form .note')).toContainText('保存的姓名读不出来');

  await page.evaluate(storageFull);
  await page.getByLabel('姓名').fill('卓玛');
  await expect(page.locator('.certificate-form .note')).toContainText('没能保存姓名');
  // The certificate still carries the name.
  await expect(page.getByTestId('certificate')).toContainText('卓玛');
});

test('a classroom competition the computer cannot keep is said plainly, and the competition goes on', async ({
  page,
}) => {
  await page.addInitScript(storageFull);
  await page.goto('/zh/classroom/');
  await page.getByLabel('参赛队（每行一个队名，2 到 8 个队）').fill('红队\n蓝队');
  await page.getByRole('button', { name: '开始竞赛' }).click();
  await expect(page.locator('.projected-prompt').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '没能保存竞赛' })).toBeVisible();
});
