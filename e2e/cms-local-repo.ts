import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `content/`, as the editor would find it in a checkout. */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync('content', { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[relative('.', path)] = readFileSync(path, 'utf8');
    }
  return files;
}

/**
 * "Work with a local repository" in Chromium asks for a folder with the File System Access API. A
 * test cannot click through the folder dialog, so the page gets the browser's own private folder
 * (origin-private file system) holding a copy of content/: the editor then reads real files
 * through the same API, with no server.
 */
export async function offerLocalRepository(page: Page) {
  const files = { ...contentFiles(), '.git/HEAD': 'ref: refs/heads/main\n', '.git/config': '[core]\n' };
  await page.addInitScript((files: Record<string, string>) => {
    const picker = async () => {
      const root = await navigator.storage.getDirectory();
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
      return root;
    };
    Object.defineProperty(window, 'showDirectoryPicker', { value: picker });
  }, files);
}
