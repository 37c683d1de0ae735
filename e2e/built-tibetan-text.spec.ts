import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkTibetanText } from '../src/lib/tibetan/text-rules.ts';
import { tibetanTextRuns } from '../src/lib/tibetan/tibetan-text-runs.ts';
import { expect, test } from './fixtures.ts';

// The text rules run on content/ at build time; templates add their own words and punctuation
// between them (labels, separators, dates), so the rules also run on what the build wrote.
const DIST = 'dist';
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );

test('every built page passes the Tibetan text rules: all of /bo/, and Tibetan inside Chinese pages', () => {
  const files = htmlFiles(DIST);
  const problems: string[] = [];
  let runs = 0;
  for (const file of files) {
    for (const run of tibetanTextRuns(readFileSync(file, 'utf8'))) {
      runs++;
      for (const problem of checkTibetanText(run).filter((p) => p.severity === 'error')) {
        const excerpt = run.slice(Math.max(0, problem.index - 20), problem.index + 20);
        problems.push(`/${relative(DIST, file)}: ${problem.message} in "${excerpt}". Fix: ${problem.fix}`);
      }
    }
  }
  expect(files.filter((file) => file.includes('/bo/')).length).toBeGreaterThan(100);
  expect(runs).toBeGreaterThan(1000);
  expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
});
