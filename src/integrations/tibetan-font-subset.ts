import type { AstroIntegration } from 'astro';
import { create as openFont } from 'fontkitten';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { CHROME_TIBETAN_TEXT } from '../lib/font/chrome-tibetan.ts';
import { BASE_TIBETAN_TEXT, tibetanCodePoints } from '../lib/font/tibetan-code-points.ts';

const require = createRequire(import.meta.url);
const TEXT_FILE = /\.(html|json|js|txt|xml)$/;
// One weight: Tibetan has no tradition of bold type (hierarchy is size, and the headings are larger),
// and the 700 file was 90 KB more on every Tibetan page; headings and <strong> get the browser's
// synthesised bold from the 400 outlines (tibetan-font.css).
const WEIGHT = 400;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : TEXT_FILE.test(name) ? [path] : [];
  });

const hex = (code: number) => 'U+' + code.toString(16).toUpperCase().padStart(4, '0');

/** The subset of `text`, or an error naming the code points the font cannot draw. */
async function subset(text: string, what: string, mustHave: Iterable<number>): Promise<Buffer> {
  const source = readFileSync(
    require.resolve(`@fontsource/noto-serif-tibetan/files/noto-serif-tibetan-tibetan-${WEIGHT}-normal.woff2`),
  );
  const font = await subsetFont(source, text, { targetFormat: 'woff2' });
  const opened = openFont(font);
  if (!('hasGlyphForCodePoint' in opened)) throw new Error('tibetan-font-subset: expected one font, got a collection');
  const missing = [...mustHave].filter((code) => !opened.hasGlyphForCodePoint(code));
  if (missing.length) {
    throw new Error(
      `tibetan-font-subset: ${missing.length} Tibetan code points used by ${what} are not in Noto Serif Tibetan ${WEIGHT}: ` +
        missing.map((code) => `${hex(code)} ${String.fromCodePoint(code)}`).join(', ') +
        '. Fix: correct the text (see npm run lint:content), or choose a font that covers them.',
    );
  }
  return font;
}

/**
 * After the build: subsets Noto Serif Tibetan (with HarfBuzz layout closure, so stacks render) twice,
 * and fails when a code point is not in its subset (per-character fallback breaks stacks):
 * - /fonts/noto-serif-tibetan-400.subset.woff2: the Tibetan code points of the whole built site, for
 *   Tibetan pages and Tibetan text anywhere;
 * - /fonts/noto-serif-tibetan-chrome.subset.woff2: only the letters of a Chinese page's chrome (brand
 *   line, language link), a few KB instead of the whole subset.
 */
export function tibetanFontSubset(): AstroIntegration {
  return {
    name: 'tibetan-font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const used = new Set<number>();
        for (const file of walk(outDir))
          for (const code of tibetanCodePoints(readFileSync(file, 'utf8'))) used.add(code);
        mkdirSync(join(outDir, 'fonts'), { recursive: true });
        const site = await subset(BASE_TIBETAN_TEXT + String.fromCodePoint(...used), 'the site', used);
        writeFileSync(join(outDir, 'fonts', `noto-serif-tibetan-${WEIGHT}.subset.woff2`), site);
        logger.info(`noto-serif-tibetan-${WEIGHT}.subset.woff2: ${used.size} code points used, ${site.length} bytes`);
        const chromeCodes = tibetanCodePoints(CHROME_TIBETAN_TEXT);
        const chrome = await subset(CHROME_TIBETAN_TEXT, 'the brand line and language link', chromeCodes);
        writeFileSync(join(outDir, 'fonts', 'noto-serif-tibetan-chrome.subset.woff2'), chrome);
        logger.info(
          `noto-serif-tibetan-chrome.subset.woff2: ${chromeCodes.size} code points (Chinese pages' chrome), ${chrome.length} bytes`,
        );
      },
    },
  };
}
