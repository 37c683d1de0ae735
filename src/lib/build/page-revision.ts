import { revisionOf } from '../offline/offline-manifest.ts';

/**
 * Where a page names its own version (the footer, a Tibetan draft's problem report), it says this,
 * and src/integrations/page-revision.ts writes in a hash of the page as built. A page's version so
 * changes only when the page does: a build on another day, or a change to another page, leaves it
 * byte for byte the same, and a reader who saved the site downloads only the pages that changed on
 * an update (sw.js compares each file's revision). Letters and `_` only, so it reads the same in an
 * encoded link (`sms:?&body=…`).
 */
export const PAGE_REVISION = '__page_revision__';

/** The page with its version written in (12 hex digits, as the offline manifest's), or undefined if it names none. */
export function withPageRevision(html: string): { html: string; revision: string } | undefined {
  if (!html.includes(PAGE_REVISION)) return undefined;
  const revision = revisionOf(html);
  return { html: html.replaceAll(PAGE_REVISION, revision), revision };
}
