import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The script runs on plain Node with type stripping, which refuses some TypeScript syntax that
// Vite accepts; only running it proves editors can use it.
it('npm run lint:content runs on plain Node and passes the real content', () => {
  const run = spawnSync(process.execPath, ['scripts/lint-content.ts'], { encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/SyntaxError|ERR_/);
  expect(run.stdout).toMatch(/lint-content: \d+ files, 0 errors/);
  expect(run.status).toBe(0);
}, 60_000);
