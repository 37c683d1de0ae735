import { dirname, join, normalize } from 'node:path';
import { scriptEntries, staticImports } from '../budget/page-weight.ts';

/**
 * A module's `import("./x.js")` with a literal path (quoted, or in backticks as the minifier writes
 * it), as site paths: loaded later, but loaded.
 */
export function dynamicImports(code: string, fromPath: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g)]
    .map((match) => match[2]!)
    .filter((spec) => spec.startsWith('.') || spec.startsWith('/'))
    .map((spec) => (spec.startsWith('/') ? spec : normalize(join(dirname(fromPath), spec))));
}

/**
 * `roots` and every built script they import, as site paths: statically, and with `later` also by a
 * literal `import()`. The one walk of the built scripts' imports (unloaded scripts, lazy parts).
 */
export function reachableScripts(
  roots: string[],
  scripts: ReadonlyMap<string, string>,
  { later }: { later: boolean },
): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = scripts.get(path);
    if (code === undefined) continue;
    queue.push(...staticImports(code, path));
    if (later) queue.push(...dynamicImports(code, path));
  }
  return seen;
}

/**
 * The built scripts (site paths) that no page can load: not named by any page's HTML, nor imported,
 * statically or by a literal `import()`, by a script that is. Astro builds its Preact renderer
 * (and the signals it imports) for `client:*` directives, which the site does not use
 * (src/islands/README.md); nothing would run them, yet the offline save would store them.
 */
export function scriptsNoPageLoads(pages: string[], scripts: ReadonlyMap<string, string>): string[] {
  const loaded = reachableScripts(
    pages.flatMap((html) => scriptEntries(html)),
    scripts,
    { later: true },
  );
  return [...scripts.keys()].filter((path) => !loaded.has(path)).sort();
}

/** Pages that use Astro's island loader (a `client:*` directive) instead of src/components/Island.astro. */
export const usesAstroIslands = (html: string): boolean => /<astro-island\b/.test(html);
