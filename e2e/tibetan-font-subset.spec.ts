/**
 * The Tibetan font is cut to the glyphs HarfBuzz shapes the site's text with (src/lib/font/glyph-subset.ts);
 * the build checks that with harfbuzzjs. Here Chromium itself, with its own HarfBuzz, draws every
 * Tibetan syllable of the built site and every stack a reader may type twice on a canvas: once in the
 * cut font the site serves, once in the whole Fontsource font. The pixels must be the same. Left out:
 * "syllables" that begin with a vowel sign or a foot letter, which only the search's folding table
 * (a script) holds and no reader sees; Chromium draws such a lone mark on its own dotted circle.
 */
import { readFileSync } from 'node:fs';
import { CHROME_TIBETAN_TEXT } from '../src/lib/font/chrome-tibetan.ts';
import { tibetanSyllables } from '../src/lib/font/tibetan-code-points.ts';
import { typedTibetanStacks } from '../src/lib/font/typed-tibetan.ts';
import { wholeTibetanFontPath } from '../src/lib/font/whole-font.ts';
import { expect, test } from './fixtures.ts';
import { builtFiles } from './support/built-files.ts';

// The whole font is handed to the page by page.route, which does not see requests a service worker makes.
test.use({ serviceWorkers: 'block' });

test('Chromium draws every Tibetan syllable of the site and every typed stack the same in the cut font as in the whole one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const texts = new Set<string>(typedTibetanStacks());
  for (const file of builtFiles(/\.(html|json|js)$/))
    for (const syllable of tibetanSyllables(readFileSync(file, 'utf8')))
      if (!/^\p{M}/u.test(syllable)) texts.add(syllable);
  expect(texts.size, 'Tibetan syllables found in dist/').toBeGreaterThan(1000);

  await page.route('**/__whole-tibetan-font.woff2', (route) =>
    route.fulfill({ body: readFileSync(wholeTibetanFontPath()), contentType: 'font/woff2' }),
  );
  await page.goto('/bo/');
  const different = await page.evaluate(
    async ({ texts, chrome }) => {
      const faces = [
        new FontFace('Whole Tibetan', 'url(/__whole-tibetan-font.woff2)'),
        new FontFace('Cut Tibetan', 'url(/fonts/noto-serif-tibetan-400.subset.woff2)'),
        new FontFace('Chrome Tibetan', 'url(/fonts/noto-serif-tibetan-chrome.subset.woff2)'),
      ];
      for (const face of faces) document.fonts.add(await face.load());
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 160;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      const draw = (family: string, text: string) => {
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.font = `48px "${family}"`;
        context.fillText(text, 10, 90);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((value, index) => value === b[index]);
      return [
        ...texts.filter((text) => !same(draw('Whole Tibetan', text), draw('Cut Tibetan', text))),
        ...chrome
          .filter((text) => !same(draw('Whole Tibetan', text), draw('Chrome Tibetan', text)))
          .map((t) => `chrome: ${t}`),
      ];
    },
    { texts: [...texts], chrome: [...tibetanSyllables(CHROME_TIBETAN_TEXT)] },
  );
  expect(different, 'syllables drawn differently: the cut font misses a glyph Chromium uses').toEqual([]);
});
