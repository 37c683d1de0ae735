import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Noto Serif Tibetan of one weight, whole, as Fontsource ships it (its Tibetan range). */
export const wholeTibetanFontFile = (weight: number) => `noto-serif-tibetan-tibetan-${weight}-normal.woff2`;

/**
 * Where that file is: the source of the site's cut fonts (tibetan-font-subset), the editor's own
 * Tibetan font (cms-admin), and what the tests compare the cut fonts with.
 */
export const wholeTibetanFontPath = (weight = 400) =>
  require.resolve(`@fontsource/noto-serif-tibetan/files/${wholeTibetanFontFile(weight)}`);
