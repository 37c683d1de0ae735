/**
 * The site's public address, `SITE_URL` at build time, or undefined when the build does not know
 * it (a laptop, a LAN, a test). Then nothing is printed with a made-up host: pages print paths, and
 * scripts complete them with the address the page was opened at.
 */
export const SITE_URL: string | undefined = process.env['SITE_URL'] || undefined;

/** An address to print or link: absolute on the public site when known, else the path itself. */
export const publicUrl = (path: string): string => (SITE_URL ? new URL(path, SITE_URL).href : path);

/**
 * For `data-own-url`: a printed path that /site.js completes with the page's own address (so a
 * citation copied on a school laptop's Wi-Fi names that address); nothing when already absolute.
 */
export const ownUrl = (url: string): string | undefined => (url.startsWith('/') ? url : undefined);
