import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkTibetanText } from '../src/lib/tibetan/text-rules.ts';
import { textRunsInTibetan, tibetanTextRuns } from '../src/lib/tibetan/tibetan-text-runs.ts';
import { expect, test } from './fixtures.ts';
import { builtFiles, DIST } from './support/built-files.ts';

// The text rules run on content/ at build time; templates add their own words and punctuation
// between them (labels, separators, dates), so the rules also run on what the build wrote.
const htmlFiles = () => builtFiles(/\.html$/);

test('every built page passes the Tibetan text rules: all of /bo/, and Tibetan inside Chinese pages', () => {
  const files = htmlFiles();
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

// What a Tibetan reader may meet in Latin letters: unit symbols phones print, the QR and GPS
// everyone says, the Esc key; single letters are keys to press (T, Y, N …); the page's language
// code in the problem report the brigade receives (语言 / སྐད་ཡིག། bo).
const LATIN_IN_TIBETAN = new Set(['KB', 'MB', 'GB', 'QR', 'GPS', 'Esc', 'bo']);

test('no English word and no Chinese-only label where a Tibetan reader reads, attributes and <noscript> included', () => {
  const problems: string[] = [];
  for (const file of htmlFiles().filter((file) => !file.startsWith(join(DIST, 'admin')))) {
    for (const run of textRunsInTibetan(readFileSync(file, 'utf8'))) {
      const page = `/${relative(DIST, file)}`;
      // Addresses and the version hash are not words.
      const words = [
        ...run.replace(/https?:\/\/\S+|(^|\s)\/\S*|\b[0-9a-f]{12}\b/g, ' ').matchAll(/\b[A-Za-z][A-Za-z'-]+\b/g),
      ]
        .map((match) => match[0])
        .filter((word) => !LATIN_IN_TIBETAN.has(word));
      if (words.length) problems.push(`${page}: English ${words.join(', ')} in "${run.slice(0, 60)}"`);
      if (/\p{Script=Han}/u.test(run) && !/[\u0F00-\u0FFF]/u.test(run))
        problems.push(
          `${page}: Chinese with no Tibetan (untranslated, or missing lang="zh-CN"): "${run.slice(0, 60)}"`,
        );
    }
  }
  expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
});
