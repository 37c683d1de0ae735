import { resolve } from 'node:path';
import { CONTENT_DIR as CONTENT_FOLDER } from '../collections/definitions.ts';

/**
 * The content folder the site is built from, as an absolute path for Node-side reads: `content/`,
 * or the copy named by `CONTENT_DIR` (src/collections/definitions.ts).
 */
export const CONTENT_DIR = resolve(CONTENT_FOLDER);
