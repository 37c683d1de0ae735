import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_TIBETAN_TEXT, unicodeRange } from './chrome-tibetan.ts';

describe('the Tibetan of a Chinese page’s chrome', () => {
  it('is the brand line and the language link', () => {
    expect(CHROME_TIBETAN_TEXT).toContain('མེ་ཟོན་བདེ་འཇགས');
    expect(CHROME_TIBETAN_TEXT).toContain('བོད་ཡིག');
  });
  it.each([
    ['བོད་ཡིག', 'U+0F0B, U+0F42, U+0F51, U+0F56, U+0F61, U+0F72, U+0F7C'],
    ['中文 and ASCII only', ''],
  ])('%s has the unicode-range %s, each code point once', (text, range) => {
    expect(unicodeRange(text)).toBe(range);
  });
});

it('the chrome font’s unicode-range in tibetan-font.css lists exactly the chrome’s letters', () => {
  const css = readFileSync(new URL('../../styles/tibetan-font.css', import.meta.url), 'utf8');
  const face = css.split('@font-face').find((block) => block.includes("'Tibetan Chrome'"));
  const range = /unicode-range:([^;]+);/
    .exec(face ?? '')?.[1]
    ?.replace(/\s+/g, ' ')
    .trim();
  expect(range, 'Fix: copy the expected range into the Tibetan Chrome @font-face').toBe(
    unicodeRange(CHROME_TIBETAN_TEXT),
  );
});
