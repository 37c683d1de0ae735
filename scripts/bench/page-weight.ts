/** Bench section: what each page type's own files weigh (raw, gzip, brotli) beside the SPEC's budgets. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, type Sizes } from '../../src/lib/budget/page-weight.ts';
import { KB, type BenchContext } from './section.ts';

const fmt = (s: Sizes) => `${(s.raw / KB).toFixed(1)} / ${(s.gzip / KB).toFixed(1)} / ${(s.brotli / KB).toFixed(1)}`;
const ratio = (value: number, budget: number) => `${((value / budget) * 100).toFixed(0)}%`;

const PAGES: [string, string, { htmlCss?: number; js: number }][] = [
  ['home', '/bo/', { htmlCss: 14, js: 3 }],
  ['law article', '/bo/law/28/', { htmlCss: 14, js: 3 }],
  ['hub', '/zh/campaign/pastoral/', { htmlCss: 14, js: 3 }],
  ['guide', '/bo/guides/winter-stoves/', { htmlCss: 14, js: 3 }],
  ['checklist', '/bo/checklists/household/', { js: 20 }],
  ['quiz', '/zh/quiz/households/', { js: 20 }],
  ['classroom', '/zh/classroom/', { htmlCss: 15, js: 20 }],
  ['classroom', '/bo/classroom/', { htmlCss: 15, js: 20 }],
  ['search', '/bo/search/', { js: 20 }],
  ['screen', '/screen/general/', { js: 20 }],
];

export async function pageWeightSection({ dist }: BenchContext): Promise<string[]> {
  const rows = [
    '| page type | path | HTML raw/gz/br KB | CSS | JS | HTML+CSS br vs budget | JS br vs budget |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [type, path, budget] of PAGES) {
    if (!existsSync(join(dist, path, 'index.html'))) {
      rows.push(`| ${type} | ${path} | (not built) | | | | |`);
      continue;
    }
    const w = pageWeight(dist, path);
    const htmlCss = (w.html.brotli + w.css.brotli) / KB;
    rows.push(
      `| ${type} | ${path} | ${fmt(w.html)} | ${fmt(w.css)} | ${fmt(w.js)} | ${budget.htmlCss ? `${htmlCss.toFixed(1)} / ${budget.htmlCss} KB (${ratio(htmlCss, budget.htmlCss)})` : `${htmlCss.toFixed(1)} KB (no budget)`} | ${(w.js.brotli / KB).toFixed(1)} / ${budget.js} KB (${ratio(w.js.brotli / KB, budget.js)}) |`,
    );
  }
  const fonts = ['400', 'chrome'].map(
    (name) => readFileSync(join(dist, 'fonts', `noto-serif-tibetan-${name}.subset.woff2`)).length,
  );
  rows.push(
    '',
    `Tibetan font: subset 400 ${(fonts[0]! / KB).toFixed(1)} KB (Tibetan pages; budget 100 KB: ${ratio(fonts[0]!, 100 * KB)}), chrome ${(fonts[1]! / KB).toFixed(1)} KB (Chinese pages' brand line and language link; budget 10 KB: ${ratio(fonts[1]!, 10 * KB)}); woff2 is already compressed.`,
  );
  return rows;
}
