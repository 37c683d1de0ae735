/**
 * `npm run bench [-- --no-build]`: builds the site, then prints each section beside its budgets:
 * page weights, a first visit's bytes on the wire, the offline saves' stored sizes, search, layout shift, Lighthouse.
 * Timings live here, not in tests. Each section is one function in scripts/bench/<name>.ts that
 * returns its lines; adding one is one line in SECTIONS. BENCH_PORT: a port this run may listen on.
 */
import { spawnSync } from 'node:child_process';
import { firstVisitSection } from './bench/first-visit.ts';
import { layoutShiftSection } from './bench/layout-shift.ts';
import { lighthouseSection } from './bench/lighthouse.ts';
import { offlineSaveSection } from './bench/offline-save.ts';
import { pageWeightSection } from './bench/page-weight.ts';
import { searchSection } from './bench/search.ts';
import type { BenchContext, BenchSection } from './bench/section.ts';

const SECTIONS: [title: string, section: BenchSection][] = [
  ['Page weight', pageWeightSection],
  ['First visit on the wire', firstVisitSection],
  ['Offline saves', offlineSaveSection],
  ['Search', searchSection],
  ['Layout shift', layoutShiftSection],
  ['Lighthouse', lighthouseSection],
];

const skipBuild = process.argv.includes('--no-build');
const started = Date.now();
if (!skipBuild) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const context: BenchContext = {
  dist: 'dist',
  buildSeconds: skipBuild ? undefined : (Date.now() - started) / 1000,
  port: Number(process.env['BENCH_PORT'] ?? 4397),
};
console.log(
  `Build time: ${context.buildSeconds === undefined ? '(not built by this run)' : `${context.buildSeconds.toFixed(1)} s`}.`,
);
// A section may be named on the command line (`npm run bench -- --no-build first`) to run it alone.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
for (const [title, section] of SECTIONS) {
  if (only.length && !only.some((word) => title.toLowerCase().includes(word.toLowerCase()))) continue;
  console.log(`\n## ${title}\n`);
  console.log((await section(context)).join('\n'));
}
