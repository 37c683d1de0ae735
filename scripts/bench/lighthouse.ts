/**
 * Lighthouse (mobile preset: a mid-range phone, simulated slow 4G and 4× CPU) on the pages the
 * quality bar names, in both languages, for `npm run bench`: the four category scores beside the
 * budget of 100, and the main-thread work (budget under 1 s on the screen player). Timings and
 * scores vary from run to run and machine to machine: they live here, not in tests.
 */
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { createStaticServer } from '../static-server.ts';
import type { BenchSection } from './section.ts';

export const LIGHTHOUSE_PAGES: [string, string][] = [
  ['guide', '/zh/guides/winter-stoves/'],
  ['guide', '/bo/guides/winter-stoves/'],
  ['law article', '/zh/law/28/'],
  ['law article', '/bo/law/28/'],
  ['quiz set', '/zh/quiz/households/'],
  ['quiz set', '/bo/quiz/households/'],
  ['search', '/zh/search/'],
  ['search', '/bo/search/'],
  ['classroom', '/zh/classroom/'],
  ['classroom', '/bo/classroom/'],
  ['screen player', '/screen/general/'],
  ['screen player', '/screen/general/?order=zh-bo'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' } as const;
const MAIN_THREAD_BUDGET_MS = 1000;

export async function lighthouseRows(dist: string, port = 4398): Promise<string[]> {
  const server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const rows = [
    'Lighthouse mobile (budget 100 each; main-thread work under 1 s on the screen player):',
    '| page type | path | perf | a11y | bp | seo | CLS | TBT | main-thread work | not passed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  try {
    for (const [type, path] of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) {
        rows.push(`| ${type} | ${path} | (no result) | | | | | | | |`);
        continue;
      }
      const score = (id: (typeof CATEGORIES)[number]) => {
        const value = Math.round((lhr.categories[id]?.score ?? 0) * 100);
        return value === 100 ? '100' : `${value} (under)`;
      };
      const mainThread = lhr.audits['mainthread-work-breakdown']?.numericValue ?? 0;
      const mainThreadNote = type === 'screen player' ? (mainThread < MAIN_THREAD_BUDGET_MS ? ' (ok)' : ' (OVER)') : '';
      // What kept a category under 100: the audits that count and did not pass.
      const failing = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => `${SHORT[id]}:${ref.id}`),
      );
      rows.push(
        `| ${type} | ${path} | ${CATEGORIES.map(score).join(' | ')} | ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)} | ${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms | ${(mainThread / 1000).toFixed(2)} s${mainThreadNote} | ${failing.join(', ') || '-'} |`,
      );
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return rows;
}

/** The bench section (scripts/bench.ts), on the run's port. */
export const lighthouseSection: BenchSection = ({ dist, port }) => lighthouseRows(dist, port);
