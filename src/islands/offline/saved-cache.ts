import { filesToSave, type OfflineManifest } from '../../lib/offline/offline-manifest.ts';
import { href } from '../../site/routes.ts';

/** What the service worker and this page agree on: cache names and the saved-info record. */
export const SAVED_INFO = '/__saved__.json';
export const savedCacheName = (version: string) => `saved-${version}`;

export interface SavedInfo {
  languages: ('zh' | 'bo')[];
  savedAt: string;
  version: string;
  revisions: Record<string, string>;
}

export async function readSavedInfo(): Promise<SavedInfo | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith('saved-')) continue;
    const response = await (await caches.open(name)).match(SAVED_INFO);
    if (response) return (await response.json()) as SavedInfo;
  }
  return undefined;
}

/**
 * Downloads what a choice needs into this version's saved cache. Files already there are skipped,
 * so pressing the button again after an interruption resumes where it stopped.
 */
export async function saveForOffline(
  manifest: OfflineManifest,
  languages: ('zh' | 'bo')[],
  onProgress: (done: number, total: number, bytes: number) => void,
): Promise<SavedInfo> {
  const files = filesToSave(manifest, languages);
  const cache = await caches.open(savedCacheName(manifest.version));
  let bytes = 0;
  for (const [index, file] of files.entries()) {
    if (!(await cache.match(file.url))) {
      const response = await fetch(file.url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
      await cache.put(file.url, response);
    }
    bytes += file.bytes;
    onProgress(index + 1, files.length, bytes);
  }
  const previous = await readSavedInfo();
  const all = [...new Set([...(previous?.version === manifest.version ? previous.languages : []), ...languages])];
  const info: SavedInfo = {
    languages: all,
    savedAt: new Date().toISOString(),
    version: manifest.version,
    revisions: Object.fromEntries(filesToSave(manifest, all).map((f) => [f.url, f.rev])),
  };
  await cache.put(SAVED_INFO, new Response(JSON.stringify(info), { headers: { 'content-type': 'application/json' } }));
  return info;
}

export async function removeSaved(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith('saved-')) await caches.delete(name);
}

/** Pages kept from browsing (not saved on purpose), for the "what is on this phone" list. */
export interface VisitedPage {
  path: string;
  /** The page's own <title>, so the list reads as words in the reader's language, not addresses. */
  title: string;
}

export async function visitedPages(lang: 'zh' | 'bo'): Promise<VisitedPage[]> {
  const pages = new Map<string, VisitedPage>();
  for (const name of await caches.keys()) {
    if (!name.startsWith('pages-') && !name.startsWith('shell-')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(href.home(lang)) || !path.endsWith('/') || pages.has(path)) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
      pages.set(path, { path, title: title ? decodeTitle(title) : path });
    }
  }
  return [...pages.values()].sort((a, b) => a.path.localeCompare(b.path));
}

const decodeTitle = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
