import type { Locale } from '@/i18n/locales.ts';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { href, isPosterPath, localeOfPath } from '../../site/routes.ts';

/** One file a reader can save: its URL, size and a content revision (to copy it forward on updates). */
export interface OfflineFile {
  url: string;
  bytes: number;
  rev: string;
}

/** What `/{lang}/offline/` downloads: files shared by both languages, and each language's own. */
export interface OfflineManifest {
  /** Changes whenever any file changes: names the service worker's caches. */
  version: string;
  builtAt: string;
  groups: { shared: OfflineFile[]; zh: OfflineFile[]; bo: OfflineFile[] };
  /** Bytes of the files of each choice on the offline page, as built. */
  totals: { zh: number; bo: number; both: number };
  /**
   * Bytes each choice takes on the phone: saved files are stored gzip-compressed (saved-cache.ts), so
   * this is also about what the save downloads (the server sends brotli, a little smaller).
   */
  stored: { zh: number; bo: number; both: number };
}

/** The URL a built file is served at: `zh/law/index.html` → `/zh/law/`. */
export const urlOfFile = (relativePath: string) =>
  '/' + relativePath.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');

/** Which group a built file belongs to, or undefined when it is never saved (maps, the SW itself). */
export function groupOf(url: string): keyof OfflineManifest['groups'] | undefined {
  if (/^\/(sw\.js|offline-manifest\.json|sitemap[^/]*\.xml|404\.html|robots\.txt|_headers|nginx[^/]*)$/.test(url))
    return undefined;
  if (isPosterPath(url)) return undefined;
  // The editor is for staff with a network; it never goes into a reader's offline save.
  if (url.startsWith(href.admin())) return undefined;
  const locale = localeOfPath(url) ?? /[-.](zh|bo)\.(json|webmanifest)$/.exec(url)?.[1];
  if (locale === 'zh' || locale === 'bo') return locale;
  return 'shared';
}

export const revisionOf = (content: Buffer | string) => createHash('sha256').update(content).digest('hex').slice(0, 12);

export function buildOfflineManifest(files: { path: string; content: Buffer }[], builtAt: string): OfflineManifest {
  const groups: OfflineManifest['groups'] = { shared: [], zh: [], bo: [] };
  const compressed = new Map<string, number>();
  for (const { path, content } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const url = urlOfFile(path);
    const group = groupOf(url);
    if (!group) continue;
    groups[group].push({ url, bytes: content.length, rev: revisionOf(content) });
    compressed.set(url, gzipSync(content).length);
  }
  const sum = (list: OfflineFile[]) => list.reduce((total, file) => total + file.bytes, 0);
  const sumStored = (list: OfflineFile[]) => list.reduce((total, file) => total + compressed.get(file.url)!, 0);
  const version = revisionOf([...groups.shared, ...groups.zh, ...groups.bo].map((f) => `${f.url} ${f.rev}`).join('\n'));
  return {
    version,
    builtAt,
    groups,
    totals: {
      zh: sum(groups.shared) + sum(groups.zh),
      bo: sum(groups.shared) + sum(groups.bo),
      both: sum(groups.shared) + sum(groups.zh) + sum(groups.bo),
    },
    stored: {
      zh: sumStored(groups.shared) + sumStored(groups.zh),
      bo: sumStored(groups.shared) + sumStored(groups.bo),
      both: sumStored(groups.shared) + sumStored(groups.zh) + sumStored(groups.bo),
    },
  };
}

/** The files to download for a choice, each once. */
export function filesToSave(manifest: OfflineManifest, languages: readonly Locale[]): OfflineFile[] {
  const byUrl = new Map<string, OfflineFile>();
  for (const group of ['shared', ...languages] as const)
    for (const file of manifest.groups[group]) byUrl.set(file.url, file);
  return [...byUrl.values()];
}
