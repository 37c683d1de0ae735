import { staticImports } from '../budget/page-weight.ts';
import { dynamicImports } from './unloaded-scripts.ts';

/** `roots` and every script they import statically, as site paths. */
function staticClosure(roots: string[], scripts: ReadonlyMap<string, string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = scripts.get(path);
    if (code !== undefined) queue.push(...staticImports(code, path));
  }
  return seen;
}

/**
 * For each built script that loads more later (a literal `import()`, as the quiz does for its exam),
 * the scripts that may come that way, with what they import, minus what the script loads up front.
 * The service worker keeps them with a page that ran the script, so that part opens offline too.
 */
export function lazyScriptsOf(scripts: ReadonlyMap<string, string>): Record<string, string[]> {
  const lazy: Record<string, string[]> = {};
  for (const entry of [...scripts.keys()].sort()) {
    const upFront = staticClosure([entry], scripts);
    const later = new Set<string>();
    let roots = [...upFront].flatMap((path) => dynamicImports(scripts.get(path) ?? '', path));
    while (roots.length) {
      const fresh = [...staticClosure(roots, scripts)].filter((path) => !upFront.has(path) && !later.has(path));
      fresh.forEach((path) => later.add(path));
      roots = fresh.flatMap((path) => dynamicImports(scripts.get(path) ?? '', path));
    }
    if (later.size) lazy[entry] = [...later].sort();
  }
  return lazy;
}
