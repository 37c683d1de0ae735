import { expect, LOCALES, test } from './fixtures.ts';
import { passExamByItsKey } from './support/exam.ts';

const label = {
  zh: {
    check: '看答案',
    next: '下一题',
    exam: '考试',
    start: '开始考试',
    submit: '交卷',
    print: '打印证书',
    practice: '练习',
    paperField: '老师给的试卷代码',
    usePaper: '使用这个代码',
    resumed: '已接着上次没交的试卷继续，答案都在。',
    review: '错题本',
    practiseWrong: '再练错题',
    examNotLoaded: '考试还没下载到这部手机',
  },
  bo: {
    check: 'ལན་ལྟ',
    next: 'རྗེས་མ',
    exam: 'ཚོད་ལྟ',
    start: 'ཚོད་ལྟ་འགོ་འཛུགས',
    submit: 'ལན་སྤྲོད',
    print: 'ལག་ཁྱེར་པར་འདེབས',
    practice: 'སྦྱོང་བརྡར',
    paperField: 'དགེ་རྒན་གྱིས་སྤྲད་པའི་ཤོག་བྱང་ཨང་རྟགས',
    usePaper: 'ཨང་རྟགས་འདི་བཀོལ',
    resumed: 'སྔོན་མ་སྤྲད་མེད་པའི་ཤོག་བྱང་མུ་མཐུད་ཡོད། ལན་ཚང་མ་ཡོད།',
    review: 'ནོར་བའི་དྲི་བ',
    practiseWrong: 'ནོར་བའི་དྲི་བ་ཡང་བསྐྱར་སྦྱོང',
    examNotLoaded: 'ཚོད་ལྟ་ཁ་པར་འདིའི་ནང་ད་དུང་ཕབ་ལེན་བྱས་མེད',
  },
};

/** Answers the question on screen by picking its first option. */
async function answerFirstOption(page: import('@playwright/test').Page) {
  await page.locator('.practice .question input').first().check();
}

for (const locale of LOCALES) {
  test.describe(`quiz in ${locale}`, () => {
    test('lists at least 8 sets, each leading to its quiz', async ({ page }) => {
      await page.goto(`/${locale}/quiz/`);
      const sets = page.locator('.card-list a');
      expect(await sets.count()).toBeGreaterThanOrEqual(8);
      await sets.first().click();
      await expect(page.locator('.quiz-app')).toBeVisible();
    });

    test('practise a set: feedback with explanation and source, then reload in the middle and continue', async ({
      page,
    }) => {
      await page.goto(`/${locale}/quiz/households/`);
      await answerFirstOption(page);
      await page.getByRole('button', { name: label[locale].check }).click();
      const feedback = page.locator('.feedback');
      await expect(feedback.locator('.verdict svg.icon')).toHaveAttribute('data-icon', /^(tick|cross)$/);
      await expect(feedback.locator('.source a')).toHaveAttribute('href', new RegExp(`^/${locale}/(law|guides)/`));
      await page.getByRole('button', { name: label[locale].next }).click();
      await expect(page.locator('.position')).toHaveText(/^2 \//);
      await answerFirstOption(page);
      await page.getByRole('button', { name: label[locale].check }).click();
      await page.reload();
      await expect(page.locator('.position')).toHaveText(/^2 \//);
      await expect(page.locator('.feedback')).toBeVisible();
    });

    test('the quiz asks the questions the page lists, and the list then gives way to it', async ({ page }) => {
      await page.goto(`/${locale}/quiz/households/`);
      const question = page.locator('.practice .question');
      await expect(question).toBeVisible();
      const list = page.locator('.static-questions');
      await expect(list).toBeHidden();
      const listed = await list.locator(':scope > li').evaluateAll((items) => items.map((item) => item.id));
      expect(listed.length).toBeGreaterThanOrEqual(5);
      await expect(page.locator('.position')).toHaveText(new RegExp(`^1 / ${listed.length}\\b`));
      expect(listed).toContain(await question.getAttribute('data-question'));
      const prompt = await list.locator(`[id="${await question.getAttribute('data-question')}"] .prompt`).textContent();
      await expect(question.locator('legend')).toContainText(prompt!);
    });

    test('the exam comes only when asked; a quiz page opened once opens its exam offline', async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto(`/${locale}/quiz/households/`);
      await expect(page.locator('.practice')).toBeVisible();
      const loaded = () =>
        page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
      expect(
        (await loaded()).filter((path) => path.includes('QuizExam')),
        'exam script on a practice visit',
      ).toEqual([]);
      // The worker keeps the page's files and the exam it may load (sw.js, LAZY).
      await expect
        .poll(() =>
          page.evaluate(async () => {
            for (const name of await caches.keys())
              for (const request of await (await caches.open(name)).keys())
                if (request.url.includes('QuizExam')) return true;
            return false;
          }),
        )
        .toBe(true);
      await context.setOffline(true);
      await page.reload();
      await page.getByRole('button', { name: label[locale].exam, exact: true }).click();
      await expect(page.getByRole('button', { name: label[locale].start })).toBeVisible();
      await context.close();
    });

    test('without a worker and without a signal, the exam says it is not here yet, and comes with the signal', async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`/${locale}/quiz/households/`);
      await expect(page.locator('.practice')).toBeVisible();
      await context.setOffline(true);
      const exam = page.getByRole('button', { name: label[locale].exam, exact: true });
      await exam.click();
      await expect(page.getByRole('alert')).toContainText(label[locale].examNotLoaded);
      await context.setOffline(false);
      await exam.click();
      await expect(page.getByRole('button', { name: label[locale].start })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await context.close();
    });

    test('the same paper code gives the same paper twice', async ({ page }) => {
      const paperOf = async () => {
        // A fresh start each time: an unfinished paper would otherwise carry on where it was.
        await page.goto(`/${locale}/quiz/general/`);
        await page.evaluate(() => localStorage.clear());
        await page.goto(`/${locale}/quiz/general/?mode=exam&paper=K7MQ2P`);
        await expect(page.getByTestId('paper-code')).toHaveText('K7MQ2P');
        await page.getByRole('button', { name: label[locale].start }).click();
        return page
          .locator('.exam .question')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-question')));
      };
      const first = await paperOf();
      const second = await paperOf();
      expect(first.length).toBeGreaterThanOrEqual(5);
      expect(second).toEqual(first);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`/${locale}/quiz/general/?mode=exam&paper=ABCDEF`);
      await page.getByRole('button', { name: label[locale].start }).click();
      const other = await page
        .locator('.exam .question')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-question')));
      expect(other).not.toEqual(first);
    });

    test('a reload in the middle of an exam keeps the paper, the answers and the place', async ({ page }) => {
      await page.goto(`/${locale}/quiz/general/?mode=exam&paper=K7MQ2P`);
      // The code field is named for what to type; only the button says what it does.
      await expect(page.getByLabel(label[locale].paperField)).toBeVisible();
      await expect(page.getByRole('button', { name: label[locale].usePaper })).toBeVisible();
      await page.getByRole('button', { name: label[locale].start }).click();
      const questions = page.locator('.exam .question');
      await questions.nth(0).locator('input').first().check();
      await questions.nth(2).locator('input').last().check();
      const ids = await questions.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-question')));
      await page.reload();
      await expect(questions.nth(0).locator('input').first()).toBeChecked();
      await expect(questions.nth(2).locator('input').last()).toBeChecked();
      expect(await questions.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-question')))).toEqual(ids);
      await expect(page.getByRole('status')).toHaveText(label[locale].resumed);
      // Handed in, a reload shows the result, not a blank paper.
      await page.getByRole('button', { name: label[locale].submit }).click();
      await page.reload();
      await expect(page.locator('.exam-result .score')).toBeVisible();
    });

    test('the 错题本 opens at any time, and 再练错题 survives a reload', async ({ page }) => {
      await page.goto(`/${locale}/quiz/households/`);
      // Answer until one is wrong (the first option is not always right).
      for (let i = 0; i < 20; i++) {
        await answerFirstOption(page);
        await page.getByRole('button', { name: label[locale].check }).click();
        if (await page.locator('.feedback .verdict svg[data-icon="cross"]').isVisible()) break;
        await page.getByRole('button', { name: label[locale].next }).click();
      }
      const book = page.getByRole('button', { name: new RegExp(`^${label[locale].review} \\(1\\)$`) });
      await book.click();
      await expect(page.locator('.review-book .review-list li')).toHaveCount(1);
      await page.getByRole('button', { name: label[locale].practiseWrong }).click();
      await expect(page.locator('.position')).toHaveText(new RegExp(`^${label[locale].practiseWrong} · 1 / 1`));
      await page.reload();
      await expect(page.locator('.position')).toHaveText(new RegExp(`^${label[locale].practiseWrong} · 1 / 1`));
    });
  });
}

test('an exam passed with a name typed on the device prints a certificate, and the name stays local', async ({
  page,
}) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(request.url() + (request.postData() ?? '')));
  await passExamByItsKey(page, 'zh');
  const name = '<script>alert(1)</script>卓玛';
  await page.getByLabel('姓名').fill(name);
  await expect(page.getByTestId('certificate')).toContainText(name);
  await page.evaluate(() => {
    document.documentElement.dataset['print'] = 'certificate';
  });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('certificate')).toBeVisible();
  await expect(page.locator('.site-nav')).toBeHidden();
  expect(sent.some((entry) => entry.includes('卓玛') || entry.includes(encodeURIComponent('卓玛')))).toBe(false);
});

test('a bad paper code or mode in the URL shows a clear note and the quiz still works', async ({ page }) => {
  await page.goto('/bo/quiz/general/?mode=exam&paper=<b>x</b>');
  await expect(page.getByRole('alert').first()).toContainText('ཤོག་བྱང་ཨང་རྟགས་ནོར་འདུག');
  await expect(page.getByTestId('paper-code')).toHaveText(/^[A-Z2-9]{6}$/);
  await page.goto('/zh/quiz/general/?mode=quiz');
  await expect(page.getByRole('alert')).toContainText('模式参数无效');
  await expect(page.locator('.practice')).toBeVisible();
});

test('without JavaScript a quiz shows its questions with the answers behind a disclosure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/bo/quiz/pastoral/');
  expect(await page.locator('.static-questions > li').count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.static-questions details').first()).toBeVisible();
  await context.close();
});
