import type { Locale } from '@/i18n/locales.ts';
import { filesToSave, type OfflineFile, type OfflineManifest } from '../../lib/offline/offline-manifest.ts';
import { classifySaveFailure, isQuotaError, type SaveFailure } from '../../lib/offline/save-failure.ts';
import { href } from '../../site/routes.ts';

/** What the service worker and this page agree on: cache names and the saved-info record. */
export const SAVED_INFO = '/__saved__.json';
export const savedCacheName = (version: string) => `saved-${version}`;

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

/** Downloads one file and checks it is the one the manifest names (not another deployment's). */
async function download(file: OfflineFile): Promise<Response> {
  const response = await fetch(file.url, { cache: 'no-cache' });
  if (!response.ok) throw new SaveError({ kind: 'network' });
  const body = await response.arrayBuffer();
  if ((await revisionOf(body)) !== file.rev) throw new SaveError({ kind: 'changed' });
  return new Response(body, { status: response.status, headers: response.headers });
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
  const missing: OfflineFile[] = [];
  for (const file of files) if (!(await cache.match(file.url))) missing.push(file);
  const stored: string[] = [];
  let bytes = 0;
  try {
    for (const [index, file] of files.entries()) {
      if (missing.includes(file)) {
        await cache.put(file.url, await download(file));
        stored.push(file.url);
      }
      bytes += file.bytes;
      onProgress(index + 1, files.length, bytes);
    }
  } catch (error) {
    // A full phone or a changed deployment: what this attempt stored cannot be used, and takes room.
    // A lost network: keep it, pressing again resumes.
    if (isQuotaError(error) || (error instanceof SaveError && error.failure.kind === 'changed')) {
      for (const url of stored) await cache.delete(url);
      if ((await cache.keys()).length === 0) await caches.delete(savedCacheName(manifest.version));
    }
    throw error instanceof SaveError ? error : new SaveError(await classifySaveFailure(error, missing, estimate));
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
