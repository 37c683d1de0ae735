import { href } from '../src/site/routes.ts';
import { expect, test } from './fixtures.ts';

// The plateau's worst risks, where a resident looks for them: each guide shows the section as a
// heading with its advice under it, on a phone, in both languages.
const sections = [
  {
    slug: 'winter-stoves',
    zh: [
      { heading: '装一个一氧化碳报警器', says: '装了报警器，也照样要通风、睡前熄火' },
      { heading: '一氧化碳中毒', says: '先当作一氧化碳中毒处理' },
    ],
    bo: [
      { heading: 'ཐབ་ཀའི་དུག་རླངས་ཚོར་ན་སྐད་སྒྲ་སྒྲོག་པའི་ཡོ་བྱད', says: 'ཉལ་བའི་སྔོན་ལ་མེ་གསོད་པ་རྒྱུན་ལྟར་བྱེད་དགོས' },
      { heading: 'དུག་རླངས་ཕོག་ན', says: 'སྔོན་ལ་དུག་རླངས་ཕོག་པ་ཡིན་པར་བརྩིས་ནས་བཅོས་དགོས' },
    ],
  },
  {
    slug: 'tents',
    zh: [
      { heading: '这些东西不进帐篷、不进车', says: '液化气罐不放进帐篷' },
      { heading: '头痛头晕：先当作煤气中毒', says: '不要当成高原反应硬扛' },
    ],
    bo: [
      { heading: 'གུར་དང་རླངས་འཁོར་ནང་དུ་འཇོག་མི་རུང་བ', says: 'རླངས་རྫས་བུམ་པ་གུར་ནང་དུ་འཇོག་མི་རུང' },
      { heading: 'མགོ་ན་བ་དང་མགོ་འཁོར་བ་བྱུང་ན་སྔོན་ལ་དུག་རླངས་ཕོག་པ་ཡིན་པར་བརྩི', says: 'ལ་དུག་ཡིན་བསམས་ནས་བཟོད་སྒོམ་མ་བྱེད' },
    ],
  },
] as const;

test.use({ viewport: { width: 390, height: 800 } });

for (const { slug, ...byLocale } of sections) {
  for (const locale of ['zh', 'bo'] as const) {
    test(`the ${locale} ${slug} guide shows the carbon-monoxide sections as headings with their advice`, async ({
      page,
    }) => {
      await page.goto(href.guide(locale, slug));
      const article = page.locator('article');
      for (const { heading, says } of byLocale[locale]) {
        const h2 = article.getByRole('heading', { level: 2, name: heading, exact: true });
        await expect(h2).toBeVisible();
        // The advice sits under its own heading, not somewhere else on the page.
        const next = h2.locator('xpath=following-sibling::*[1]');
        await expect(next).toContainText(says);
        // Fits the phone: no line runs off the right edge.
        const box = await next.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
    });
  }
}
