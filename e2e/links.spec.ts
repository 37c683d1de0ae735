import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks } from '../src/lib/links/check-links.ts';
import { expect, test } from './fixtures.ts';

test('no internal link or anchor is broken, in either language', () => {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(join('dist', dir))) {
      const path = join(dir, name);
      if (statSync(join('dist', path)).isDirectory()) walk(path);
      else if (name === 'index.html')
        pages.set('/' + path.replace(/index\.html$/, ''), readFileSync(join('dist', path), 'utf8'));
      else files.add('/' + path);
    }
  };
  walk('');
  expect(pages.size).toBeGreaterThan(200);
  expect(checkLinks(pages, files)).toEqual([]);
});
