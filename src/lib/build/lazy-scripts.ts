import { dynamicImports, reachableScripts } from './unloaded-scripts.ts';

/**
 * For each built script that loads more later (a literal `import()`, as the quiz does for its exam),
 * the scripts that may come that way, with what they import, minus what the script loads up front.
 * The service worker keeps them with a page that ran the script, so that part opens offline too.
 */
export function lazyScriptsOf(scripts: ReadonlyMap<string, string>): Record<string, string[]> {
  const lazy: Record<string, string[]> = {};
  for (const entry of [...scripts.keys()].sort()) {
    const upFront = reachableScripts([entry], scripts, { later: false });
    const roots = [...upFront].flatMap((path) => dynamicImports(scripts.get(path) ?? '', path));
    const later = [...reachableScripts(roots, scripts, { later: true })].filter((path) => !upFront.has(path));
    if (later.length) lazy[entry] = later.sort();
  }
  return lazy;
}
