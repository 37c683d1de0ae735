import type { AstroIntegration } from 'astro';

/** The module Vite wraps every `import()` of the browser build with (`__vitePreload`). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * A lazily loaded part of an island (the quiz's exam) is loaded by a plain `import()`: Vite's helper
 * would add 1 KB to the quiz page's first visit (its own file, as Astro's unused Preact loader shares
 * it) to preload the part's imports, which every island page has loaded already (the runtime chunk).
 * It also links a part's CSS: the site has none (every page's CSS is inline), and the build fails if
 * a part brings some.
 */
export function plainDynamicImport(): AstroIntegration {
  return {
    name: 'plain-dynamic-import',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'plain-dynamic-import',
                enforce: 'pre',
                applyToEnvironment: (environment) => environment.name === 'client',
                resolveId: (id) => (id === PRELOAD_HELPER_ID ? id : undefined),
                load: (id) => (id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : undefined),
                generateBundle(_options, bundle) {
                  const styled = Object.values(bundle).filter(
                    (file) => file.type === 'chunk' && file.isDynamicEntry && file.viteMetadata?.importedCss.size,
                  );
                  // Vite's own helper says `modulepreload`; ours does not. If Vite renames the module, fail here
                  // rather than ship its helper again unnoticed.
                  const vitesHelper = Object.values(bundle).filter(
                    (file) => file.type === 'chunk' && file.code.includes('modulepreload'),
                  );
                  if (vitesHelper.length)
                    throw new Error(
                      `plain-dynamic-import: ${vitesHelper.map((file) => file.fileName).join(', ')} carries Vite's preload helper: ` +
                        `the module is no longer ${JSON.stringify(PRELOAD_HELPER_ID)}. Find its new id in node_modules/vite and update PRELOAD_HELPER_ID.`,
                    );
                  if (styled.length)
                    throw new Error(
                      `plain-dynamic-import: ${styled.map((file) => file.fileName).join(', ')} loaded later brings CSS, which a plain import() would not link. ` +
                        'Put its styles in the page (a <style> in the .astro page or src/styles/).',
                    );
                },
              },
            ],
          },
        });
        logger.info('import() in islands loads the part alone: no Vite preload helper');
      },
    },
  };
}
