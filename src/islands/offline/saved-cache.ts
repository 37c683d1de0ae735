import type { Locale } from '@/i18n/locales.ts';
import { filesToSave, type OfflineFile, type OfflineManifest } from '../../lib/offline/offline-manifest.ts';
import { runBounded } from '../../lib/offline/run-bounded.ts';
import { classifySaveFailure, isQuotaError, type SaveFailure } from '../../lib/offline/save-failure.ts';
import { href } from '../../site/routes.ts';

/** What the service worker and this page agree on: cache names and the saved-info record. */
export const SAVED_INFO = '/__saved__.json';
export const savedCacheName = (version: string) => `saved-${version}`;
/** Marks a saved file stored gzip-compressed; the service worker (sw.js) gives it back as it was. */
export const STORED_ENCODING = 'x-stored-encoding';
/** Files downloading at once: enough to hide 2G round trips, few enough not to crowd the link. */
const SAVE_CONCURRENCY = 4;

export interface SavedInfo {
  languages: Locale[];
  savedAt: string;
  version: string;
  revisions: Record<string, string>;
}

/** A save that stopped, with what the page should tell the reader. */
export class SaveError extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.kind);
  }
}

export async function readSavedInfo(): Promise<SavedInfo | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith('saved-')) continue;
    const response = await (await caches.open(name)).match(SAVED_INFO);
    if (response) return (await response.json()) as SavedInfo;
  }
  return undefined;
}

/** The manifest's revision of a file: the first 12 hex digits of its SHA-256 (offline-manifest.ts). */
async function revisionOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A file this version already holds from browsing (its shell, the pages kept from visits), when it is
 * the one the manifest names: the save stores that instead of downloading it again.
 */
async function heldCopy(
  file: OfflineFile,
  version: string,
): Promise<{ body: ArrayBuffer; headers: Headers } | undefined> {
  for (const name of [`shell-${version}`, `pages-${version}`]) {
    if (!(await caches.has(name))) continue;
    const hit = await (await caches.open(name)).match(file.url);
    if (!hit) continue;
    const body = await hit.arrayBuffer();
    if ((await revisionOf(body)) === file.rev) return { body, headers: hit.headers };
  }
  return undefined;
}

/**
 * One file as the save stores it: the copy this version holds, else downloaded and checked to be the
 * one the manifest names (not another deployment's). `no-store`: the saved cache holds the one copy,
 * the browser's own cache none. Stored gzip-compressed where the browser can (a page takes a quarter
 * of the room or less).
 */
async function download(file: OfflineFile, version: string): Promise<{ response: Response; size: number }> {
  let copy = await heldCopy(file, version);
  if (!copy) {
    const response = await fetch(file.url, { cache: 'no-store' });
    if (!response.ok) throw new SaveError({ kind: 'network' });
    const body = await response.arrayBuffer();
    if ((await revisionOf(body)) !== file.rev) throw new SaveError({ kind: 'changed' });
    copy = { body, headers: response.headers };
  }
  const headers = new Headers(copy.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  if (typeof CompressionStream === 'undefined')
    return { response: new Response(copy.body, { headers }), size: copy.body.byteLength };
  headers.set(STORED_ENCODING, 'gzip');
  const stream = new Blob([copy.body]).stream().pipeThrough(new CompressionStream('gzip'));
  const compressed = await new Response(stream).arrayBuffer();
  return { response: new Response(compressed, { headers }), size: compressed.byteLength };
}

/**
 * Downloads what a choice needs into this version's saved cache. Files already there are skipped,
 * so pressing the button again after a lost network resumes where it stopped. When the phone is full,
 * what this attempt stored is removed again (it would only take the room other apps need) and the
 * error says how much room the save needs.
 */
export async function saveForOffline(
  manifest: OfflineManifest,
  languages: Locale[],
  onProgress: (done: number, total: number, bytes: number) => void,
): Promise<SavedInfo> {
  const files = filesToSave(manifest, languages);
  const cache = await caches.open(savedCacheName(manifest.version));
  const held = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const missing = files.filter((file) => !held.has(file.url));
  // Sizes as stored (compressed); for files already held, the manifest's ratio for this build.
  const ratio = manifest.stored.both / manifest.totals.both;
  const stored: string[] = [];
  let done = files.length - missing.length;
  let bytes = files.filter((file) => held.has(file.url)).reduce((sum, file) => sum + file.bytes * ratio, 0);
  onProgress(done, files.length, bytes);
  try {
    await runBounded(missing, SAVE_CONCURRENCY, async (file) => {
      const { response, size } = await download(file, manifest.version);
      await cache.put(file.url, response);
      stored.push(file.url);
      bytes += size;
      onProgress(++done, files.length, bytes);
    });
  } catch (error) {
    // A full phone or a changed deployment: what this attempt stored cannot be used, and takes room.
    // A lost network: keep it, pressing again resumes. runBounded has let every running download end.
    if (isQuotaError(error) || (error instanceof SaveError && error.failure.kind === 'changed')) {
      for (const url of stored) await cache.delete(url);
      if ((await cache.keys()).length === 0) await caches.delete(savedCacheName(manifest.version));
    }
    if (error instanceof SaveError) throw error;
    // What the save still needs room for, as stored: everything it had to store (this attempt's
    // files were removed again).
    const needed = missing.map((file) => ({ bytes: file.bytes * ratio }));
    throw new SaveError(await classifySaveFailure(error, needed, estimate));
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
  // Every file stored once: what the shell or browsing kept of this save now lives in the saved cache only.
  for (const name of [`shell-${manifest.version}`, `pages-${manifest.version}`]) {
    if (!(await caches.has(name))) continue;
    const other = await caches.open(name);
    for (const file of filesToSave(manifest, all)) await other.delete(file.url);
  }
  return info;
}

const estimate = async () => {
  const result = await navigator.storage?.estimate?.();
  return result ? { usage: result.usage ?? 0, quota: result.quota ?? 0 } : undefined;
};

export async function removeSaved(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith('saved-')) await caches.delete(name);
}

/** Pages kept from browsing (not saved on purpose), for the "what is on this phone" list. */
export interface VisitedPage {
  path: string;
  /** The page's own <title>, so the list reads as words in the reader's language, not addresses. */
  title: string;
}

export async function visitedPages(lang: Locale): Promise<VisitedPage[]> {
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
