import { constants, type BrotliOptions, type ZlibOptions } from 'node:zlib';

/**
 * How the site's text travels: compressed once at build time at the strongest settings
 * (src/integrations/precompress.ts writes `page.html.br` and `page.html.gz` beside `page.html`), and
 * sent as those files by nginx (`brotli_static`, `gzip_static`) and by the laptop server alike, so a
 * phone on 2G gets the same bytes from either.
 */

/** Text worth compressing; woff2 and png are compressed already. */
export const COMPRESSIBLE = /\.(html|css|m?js|json|webmanifest|xml|txt|svg)$/;

export type Encoding = 'br' | 'gzip';

/** The precompressed copy's suffix, as nginx's brotli_static and gzip_static look for it. */
export const PRECOMPRESSED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Brotli at its best (quality 11, about 5 % smaller than quality 9): done once per build, not per request. */
export const BROTLI_OPTIONS: BrotliOptions = {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  },
};
export const GZIP_OPTIONS: ZlibOptions = { level: constants.Z_BEST_COMPRESSION };

/** Whether a file of the build gets precompressed copies (not a copy itself). */
export const isCompressible = (path: string): boolean => COMPRESSIBLE.test(path);
