/**
 * The attributes between an island drawn at build time (src/components/Island.astro) and the script
 * that hydrates it (src/islands/mount.ts); tests wait for ISLAND_READY_ATTRIBUTE.
 */
export const ISLAND_ATTRIBUTE = 'data-island';
export const ISLAND_PROPS_ATTRIBUTE = 'data-island-props';
export const ISLAND_READY_ATTRIBUTE = 'data-island-ready';
