import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight } from '../src/lib/budget/page-weight.ts';
import { expect, test } from './fixtures.ts';

/** Byte budgets of the quality bar (SPEC), checked on the built site: deterministic, so they are tests. */
const DIST = 'dist';
const KB = 1024;

const pagesUnder = (dir: string): string[] =>
  readdirSync(join(DIST, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(DIST, path)).isDirectory()) return pagesUnder(path);
    return name === 'index.html' ? ['/' + path.replace(/index\.html$/, '')] : [];
  });
const all = [...pagesUnder('zh'), ...pagesUnder('bo')];
// Reading pages: plain HTML and CSS. The calling-119 guide carries the where-am-I card on purpose.
const contentPages = all.filter(
  (p) => /^\/(zh|bo)\/((law|campaign|guides)\/.*)?$/.test(p) && !p.includes('/calling-119/'),
);
const quizPages = all.filter((p) => /^\/(zh|bo)\/quiz\/[^/]+\/$/.test(p));

test('there are content pages and quiz pages to measure', () => {
  expect(contentPages.length).toBeGreaterThan(150);
  expect(quizPages.length).toBeGreaterThanOrEqual(16);
});

test('a content page’s HTML and CSS fit the first round trip: at most 14 KB brotli', () => {
  const over = contentPages
    .map((page) => ({ page, bytes: (({ html, css }) => html.brotli + css.brotli)(pageWeight(DIST, page)) }))
    .filter(({ bytes }) => bytes > 14 * KB);
  expect(over).toEqual([]);
});

test('content pages ship no JavaScript beyond site.js (service worker and language): at most 3 KB brotli', () => {
  const over = contentPages.map((page) => ({ page, ...pageWeight(DIST, page) })).filter(({ js }) => js.brotli > 3 * KB);
  expect(over.map(({ page, jsFiles }) => `${page}: ${jsFiles.join(' ')}`)).toEqual([]);
});

test('a quiz page’s JavaScript is at most 20 KB brotli', () => {
  const over = quizPages
    .map((page) => ({ page, js: pageWeight(DIST, page).js.brotli }))
    .filter(({ js }) => js > 20 * KB);
  expect(over).toEqual([]);
});

test('the classroom page loads at most 15 KB brotli of HTML and CSS, and 20 KB of JavaScript; questions come later', () => {
  for (const page of ['/zh/classroom/', '/bo/classroom/']) {
    const { html, css, js } = pageWeight(DIST, page);
    expect(html.brotli + css.brotli, page).toBeLessThanOrEqual(15 * KB);
    expect(js.brotli, page).toBeLessThanOrEqual(20 * KB);
  }
});

test('the Tibetan font subset is at most 100 KB, and the Chinese pages’ chrome font at most 10 KB', () => {
  expect(readFileSync(join(DIST, 'fonts', 'noto-serif-tibetan-400.subset.woff2')).length).toBeLessThanOrEqual(100 * KB);
  expect(readFileSync(join(DIST, 'fonts', 'noto-serif-tibetan-chrome.subset.woff2')).length).toBeLessThanOrEqual(
    10 * KB,
  );
});
