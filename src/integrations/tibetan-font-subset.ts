import type { AstroIntegration } from 'astro';
import { create as openFont } from 'fontkitten';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { BASE_TIBETAN_TEXT, tibetanCodePoints } from '../lib/font/tibetan-code-points.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
const TEXT_FILE = /\.(html|json|js|txt|xml)$/;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : TEXT_FILE.test(name) ? [path] : [];
  });

const hex = (code: number) => 'U+' + code.toString(16).toUpperCase().padStart(4, '0');

/**
 * After the build: subsets Noto Serif Tibetan to the Tibetan code points of the built site
 * (with HarfBuzz layout closure, so stacks render), writes /fonts/noto-serif-tibetan-<weight>.subset.woff2,
 * and fails when a code point of the site is not in the subset (per-character fallback breaks stacks).
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
        const text = BASE_TIBETAN_TEXT + String.fromCodePoint(...used);
        mkdirSync(join(outDir, 'fonts'), { recursive: true });
        for (const weight of WEIGHTS) {
          const source = readFileSync(
            require.resolve(`@fontsource/noto-serif-tibetan/files/noto-serif-tibetan-tibetan-${weight}-normal.woff2`),
          );
          const subset = await subsetFont(source, text, { targetFormat: 'woff2' });
          const font = openFont(subset);
          if (!('hasGlyphForCodePoint' in font))
            throw new Error('tibetan-font-subset: expected one font, got a collection');
          const missing = [...used].filter((code) => !font.hasGlyphForCodePoint(code));
          if (missing.length) {
            throw new Error(
              `tibetan-font-subset: ${missing.length} Tibetan code points used by the site are not in Noto Serif Tibetan ${weight}: ` +
                missing.map((code) => `${hex(code)} ${String.fromCodePoint(code)}`).join(', ') +
                '. Fix: correct the text (see npm run lint:content), or choose a font that covers them.',
            );
          }
          writeFileSync(join(outDir, 'fonts', `noto-serif-tibetan-${weight}.subset.woff2`), subset);
          logger.info(
            `noto-serif-tibetan-${weight}.subset.woff2: ${used.size} code points used, ${subset.length} bytes`,
          );
        }
      },
    },
  };
}
