import { existsSync } from 'node:fs';

/** One part of `npm run bench`: a function in scripts/bench/<name>.ts that returns its lines (Markdown). */
export interface BenchContext {
  /** The built site. */
  dist: string;
  /** Seconds the build took, when this run built it. */
  buildSeconds: number | undefined;
  /** A port this run may listen on (BENCH_PORT), for sections whose tool needs a fixed one. */
  port: number;
}

export type BenchSection = (context: BenchContext) => Promise<string[]>;

export const KB = 1024;
export const MB = 1024 * KB;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
/** A figure beside its budget: `42.0 KB / 30 KB (140%) ✗`. */
export const againstBudget = (value: number, budget: number, unit: (n: number) => string = kb) =>
  `${unit(value)} / ${unit(budget)} (${((value / budget) * 100).toFixed(0)}%) ${value <= budget ? '✓' : '✗'}`;

/** The system Chromium where there is one (this project's machines cannot download Playwright's). */
export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
/** Flags for a headless Chromium on these machines (root, no sandbox) and without its own traffic. */
export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
];
