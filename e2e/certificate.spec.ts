import { bo } from '../src/i18n/ui/bo.ts';
import { zh } from '../src/i18n/ui/zh.ts';
import { expect, LOCALES, test } from './fixtures.ts';
import { passExamByItsKey } from './support/exam.ts';
import { platformFonts } from './support/platform-fonts.ts';

const UI = { zh, bo };

for (const locale of LOCALES) {
  test(`the ${locale} certificate prints on exactly one A4 page, in its own language, with a Tibetan name drawn in Tibetan`, async ({
    page,
  }, testInfo) => {
    await passExamByItsKey(page, locale);
    const name = 'སྒྲོལ་མ་བཀྲ་ཤིས';
    await page.getByLabel(UI[locale]['quiz.yourName'], { exact: true }).fill(name);
    const certificate = page.getByTestId('certificate');
    await expect(certificate).toContainText(name);
    await page.evaluate(() => {
      document.documentElement.dataset['print'] = 'certificate';
    });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    // A Tibetan name on a Chinese certificate is drawn with the site's Tibetan font, not boxes.
    expect(await platformFonts(page, '.certificate-name')).toContain('Noto Serif Tibetan');
    // The paper code is letters and digits by design (typed back in to get the same paper).
    const text = (await certificate.innerText()).replace(name, '').replace('K7MQ2P', '');
    if (locale === 'bo') {
      expect(text, 'no Latin letters or ASCII digits beside the paper code').not.toMatch(/[A-Za-z0-9]/);
      expect(text).toMatch(/སྤྱི་ལོ་ [༠-༩]{4} ཟླ་ [༠-༩]{1,2} ཚེས་ [༠-༩]{1,2}/);
    } else {
      expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    }
    // Title and name: as large as the Chinese ones (Tibetan 1.2×, tibetan-text-rules §2).
    const sizes = await page.evaluate(() => ({
      title: parseFloat(getComputedStyle(document.querySelector('.certificate-title')!).fontSize),
      name: parseFloat(getComputedStyle(document.querySelector('.certificate-name')!).fontSize),
    }));
    expect(sizes.title).toBeGreaterThanOrEqual(32); // 24pt
    expect(sizes.name).toBeGreaterThanOrEqual(40); // 30pt
    await testInfo.attach(`certificate-${locale}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    await testInfo.attach(`certificate-${locale}.pdf`, { body: pdf, contentType: 'application/pdf' });
    expect(pages.length, 'printed pages').toBe(1);
  });
}
