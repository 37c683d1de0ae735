import type { AstroIntegration } from 'astro';
import { filesUnder } from './built-files.ts';
import { create as openFont } from 'fontkitten';
import { convert } from 'fontverter';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_TIBETAN_TEXT } from '../lib/font/chrome-tibetan.ts';
import { glyphsOf, openForShaping, renderingChanges, subsetToGlyphs } from '../lib/font/glyph-subset.ts';
import {
  BASE_TIBETAN_TEXT,
  TIBETAN_RUN,
  tibetanCodePoints,
  tibetanSyllables,
} from '../lib/font/tibetan-code-points.ts';
import { typedTibetanStacks } from '../lib/font/typed-tibetan.ts';
import { wholeTibetanFontPath } from '../lib/font/whole-font.ts';

const TEXT_FILE = /\.(html|json|js|txt|xml)$/;
// One weight: Tibetan has no tradition of bold type (hierarchy is size, and the headings are larger),
// and the 700 file was 90 KB more on every Tibetan page; headings and <strong> get the browser's
// synthesised bold from the 400 outlines (tibetan-font.css).
const WEIGHT = 400;

const textFilesUnder = (dir: string): string[] => filesUnder(dir).filter((path) => TEXT_FILE.test(path));

const hex = (code: number) => 'U+' + code.toString(16).toUpperCase().padStart(4, '0');

const source = async () => convert(readFileSync(wholeTibetanFontPath(WEIGHT)), 'truetype');

/**
 * The font cut to what shaping `texts` draws (WOFF2), or an error naming the code points the font
 * cannot draw (per-character fallback breaks stacks) or the texts the subset would draw differently:
 * each of `texts`, and each of `lines` whole (the site's Tibetan as written, to catch rules that
 * reach across syllables).
 */
async function subset(
  ttf: Buffer,
  texts: string[],
  lines: string[],
  what: string,
  mustHave: Iterable<number>,
): Promise<Buffer> {
  const whole = openForShaping(ttf);
  const codePoints = new Set([...texts.join('')].map((char) => char.codePointAt(0)!));
  const cut = await subsetToGlyphs(ttf, codePoints, glyphsOf(whole, texts));
  const opened = openFont(cut);
  if (!('hasGlyphForCodePoint' in opened)) throw new Error('tibetan-font-subset: expected one font, got a collection');
  const missing = [...mustHave].filter((code) => !opened.hasGlyphForCodePoint(code));
  if (missing.length) {
    throw new Error(
      `tibetan-font-subset: ${missing.length} Tibetan code points used by ${what} are not in Noto Serif Tibetan ${WEIGHT}: ` +
        missing.map((code) => `${hex(code)} ${String.fromCodePoint(code)}`).join(', ') +
        '. Fix: correct the text (see npm run lint:content), or choose a font that covers them.',
    );
  }
  const changed = renderingChanges(
    whole,
    openForShaping(cut),
    [...texts, ...lines].filter((text) => tibetanCodePoints(text).size),
  );
  if (changed.length) {
    throw new Error(
      `tibetan-font-subset: the subset for ${what} draws ${changed.length} texts differently from the whole font: ` +
        changed.slice(0, 10).join(' ') +
        '. Fix: report it with these texts; glyphsOf (src/lib/font/glyph-subset.ts) misses a glyph their shaping needs.',
    );
  }
  return convert(cut, 'woff2');
}

/**
 * After the build: cuts Noto Serif Tibetan down twice to the glyphs that shaping the text really draws
 * (src/lib/font/glyph-subset.ts), and fails when a code point is missing or a text would look different:
 * - /fonts/noto-serif-tibetan-400.subset.woff2: every Tibetan syllable of the built site and every
 *   native stack a reader may type (typed-tibetan.ts), for Tibetan pages and Tibetan text anywhere;
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
        const syllables = new Set<string>();
        const lines = new Set<string>();
        for (const file of textFilesUnder(outDir)) {
          const text = readFileSync(file, 'utf8');
          for (const code of tibetanCodePoints(text)) used.add(code);
          for (const [line] of text.matchAll(TIBETAN_RUN)) lines.add(line);
          for (const syllable of tibetanSyllables(text)) syllables.add(syllable);
        }
        mkdirSync(join(outDir, 'fonts'), { recursive: true });
        const ttf = await source();
        const typed = typedTibetanStacks();
        const texts = [...syllables, ...typed, ...BASE_TIBETAN_TEXT];
        const site = await subset(ttf, texts, [...lines], 'the site', used);
        writeFileSync(join(outDir, 'fonts', `noto-serif-tibetan-${WEIGHT}.subset.woff2`), site);
        logger.info(
          `noto-serif-tibetan-${WEIGHT}.subset.woff2: ${used.size} code points, ${syllables.size} syllables of the site ` +
            `and ${typed.length} typed stacks drawn the same as by the whole font, ${site.length} bytes`,
        );
        const chromeCodes = tibetanCodePoints(CHROME_TIBETAN_TEXT);
        const chrome = await subset(
          ttf,
          [...tibetanSyllables(CHROME_TIBETAN_TEXT)],
          [CHROME_TIBETAN_TEXT],
          'the brand line and language link',
          chromeCodes,
        );
        writeFileSync(join(outDir, 'fonts', 'noto-serif-tibetan-chrome.subset.woff2'), chrome);
        logger.info(
          `noto-serif-tibetan-chrome.subset.woff2: ${chromeCodes.size} code points (Chinese pages' chrome), ${chrome.length} bytes`,
        );
      },
    },
  };
}
