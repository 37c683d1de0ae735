/** `npm run lint:content [-- --fix]`: the Tibetan text rules over content/, as the build runs them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { lintContentDir } from '../src/lib/content-lint/lint-content-dir.ts';
import { formatProblem } from '../src/lib/content-lint/lint-content.ts';
import { autoFixTibetan } from '../src/lib/tibetan/text-rules.ts';

if (process.argv.includes('--fix')) {
  const { problems } = lintContentDir('content');
  for (const file of new Set(problems.map((p) => p.file))) {
    const before = readFileSync(file, 'utf8');
    const after = autoFixTibetan(before);
    if (after !== before) writeFileSync(file, after);
  }
}
const { files, problems } = lintContentDir('content');
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(`lint-content: ${files} files, ${errors} errors, ${problems.length - errors} warnings`);
process.exit(errors ? 1 : 0);
