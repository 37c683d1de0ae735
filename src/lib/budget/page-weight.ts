import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const sizesOf = (bytes: Buffer | string): Sizes => {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** Site paths of the scripts a page loads on its own: script src (its islands' module among them), preloads. */
export function scriptEntries(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) found.add(match[1]!);
  return [...found].filter((src) => src.startsWith('/'));
}

/** A module's static imports (not dynamic `import()`, which load only when needed), as site paths. */
export function staticImports(code: string, fromPath: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (spec.startsWith('.')) found.push(normalize(join(dirname(fromPath), spec)));
    else if (spec.startsWith('/')) found.push(spec);
  }
  for (const match of code.matchAll(/export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (spec.startsWith('.')) found.push(normalize(join(dirname(fromPath), spec)));
  }
  return found;
}

export interface PageWeight {
  html: Sizes;
  /** CSS files linked from the page (inline CSS is counted in html). */
  css: Sizes;
  js: Sizes;
  jsFiles: string[];
}

/** The files a built page loads up front besides itself: linked stylesheets and every script (site paths). */
export function pageAssets(dist: string, pagePath: string): { html: string; cssFiles: string[]; jsFiles: string[] } {
  const file = join(dist, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(file, 'utf8');
  const cssFiles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = scriptEntries(html);
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    queue.push(...staticImports(code, path));
  }
  return { html, cssFiles, jsFiles: [...seen].sort() };
}

/** What one built page costs a reader: its HTML, linked CSS, and every script it loads up front. */
export function pageWeight(dist: string, pagePath: string): PageWeight {
  const { html, cssFiles, jsFiles } = pageAssets(dist, pagePath);
  const total = (files: string[]) =>
    files.reduce((sum, path) => add(sum, sizesOf(readFileSync(join(dist, path)))), ZERO);
  return { html: sizesOf(html), css: total(cssFiles), js: total(jsFiles), jsFiles };
}
