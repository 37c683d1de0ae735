import { h, hydrate, type ComponentType } from 'preact';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE, ISLAND_READY_ATTRIBUTE } from './island-attributes.ts';

/** `load`: as soon as the page's scripts run (the island is the page). `idle`: when the browser has a moment. */
export type IslandStart = 'load' | 'idle';

/**
 * Brings to life every island called `name` on this page: the component drawn at build time by
 * src/components/Island.astro, hydrated with the props written beside it. Replaces Astro's own island
 * loader (an inline script and a renderer file on every island page, ~3.5 KB on the wire: issue 17).
 * A page that cannot read its props keeps the drawn page and says why in the console.
 */
export function mountIsland<Props extends object>(
  name: string,
  Component: ComponentType<Props>,
  start: IslandStart = 'load',
): void {
  const run = () => {
    for (const root of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}="${name}"]`)) {
      const propsScript = root.nextElementSibling;
      if (!propsScript?.hasAttribute(ISLAND_PROPS_ATTRIBUTE)) {
        console.error(`island ${name}: no props beside it; the page stays as drawn`);
        continue;
      }
      let props: Props;
      try {
        props = JSON.parse(propsScript.textContent ?? '') as Props;
      } catch (error) {
        console.error(`island ${name}: its props are not JSON; the page stays as drawn`, error);
        continue;
      }
      hydrate(h(Component, props), root);
      root.setAttribute(ISLAND_READY_ATTRIBUTE, '');
    }
  };
  if (start === 'idle' && 'requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else run();
}
