/** An internal link found in a built page, and why it is broken. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing-page' | 'missing-anchor';
}

/** Internal hrefs of a page (site paths and same-page anchors); tel:, mailto: and other origins are skipped. */
export function internalLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)) {
    const href = match[1]!.replace(/&amp;/g, '&');
    if (href.startsWith('/') && !href.startsWith('//')) links.push(href);
    else if (href.startsWith('#') && href.length > 1) links.push(href);
  }
  return links;
}

export const idsOf = (html: string) => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));

/**
 * Checks every internal link of the built site. `pages` maps a page path (`/zh/law/`) to its HTML;
 * `files` is every other file path that exists (`/site.js`).
 */
export function checkLinks(pages: Map<string, string>, files: Set<string>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const ids = new Map([...pages].map(([path, html]) => [path, idsOf(html)]));
  for (const [page, html] of pages) {
    for (const href of internalLinks(html)) {
      const [pathPart, anchor] = href.split('#') as [string, string | undefined];
      const path = (pathPart || page).split('?')[0]!;
      const target = pages.has(path) ? path : pages.has(`${path}/`) ? `${path}/` : undefined;
      if (!target && !files.has(path)) broken.push({ page, href, reason: 'missing-page' });
      else if (anchor && target && !ids.get(target)!.has(decodeURIComponent(anchor)))
        broken.push({ page, href, reason: 'missing-anchor' });
    }
  }
  return broken;
}
