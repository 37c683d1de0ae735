import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Where the build writes the site. */
export const DIST = 'dist';

/** The editors' CMS (/admin/cms/): Sveltia's own bundle as npm ships it, not a page of the site. */
export const VENDORED_CMS = join(DIST, 'admin', 'cms');

/** Every built file whose name matches, as a path under dist/ (`dist/bo/index.html`); `skip` leaves a folder out. */
export const builtFiles = (name: RegExp, { skip }: { skip?: string } = {}): string[] =>
  readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !skip || !path.startsWith(skip + sep))
    .sort();
