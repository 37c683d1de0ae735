import type { AstroIntegration } from 'astro';
import { filesUnder } from './built-files.ts';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptsNoPageLoads, usesAstroIslands } from '../lib/build/unloaded-scripts.ts';

/**
 * After the build, before the service worker lists the files: fails if a page uses a `client:*`
 * directive (islands go through src/components/Island.astro), then removes the built scripts no page
 * can load (Astro's Preact renderer and its signals), so the offline save does not store them.
 */
export function unloadedScripts(): AstroIntegration {
  return {
    name: 'unloaded-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = filesUnder(dist);
        const pages = files.filter((file) => file.endsWith('.html'));
        const html = pages.map((file) => readFileSync(file, 'utf8'));
        const withAstroIslands = pages.filter((_, index) => usesAstroIslands(html[index]!));
        if (withAstroIslands.length)
          throw new Error(
            `unloaded-scripts: ${withAstroIslands.length} pages use a client:* directive, ${relative(dist, withAstroIslands[0]!)} first. ` +
              'Draw the island with src/components/Island.astro and start it with mountIsland (src/islands/README.md).',
          );
        const scripts = new Map(
          files
            .filter((file) => file.startsWith(join(dist, '_astro')) && file.endsWith('.js'))
            .map((file) => [`/${relative(dist, file)}`, readFileSync(file, 'utf8')]),
        );
        const unloaded = scriptsNoPageLoads(html, scripts);
        let bytes = 0;
        for (const path of unloaded) {
          bytes += Buffer.byteLength(scripts.get(path)!);
          rmSync(join(dist, path));
        }
        logger.info(
          unloaded.length
            ? `removed ${unloaded.length} scripts no page loads (${(bytes / 1024).toFixed(1)} KB): ${unloaded.join(', ')}`
            : 'every built script is loaded by some page',
        );
      },
    },
  };
}
