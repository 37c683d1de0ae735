/**
 * `npm run translation-status [-- --content DIR]`: per collection, the Tibetan texts that are
 * outdated (the Chinese changed after translation), unmarked, draft and reviewed. Exits 0: a report,
 * not a gate; the build shows outdated pages to readers instead.
 */
import { resolve } from 'node:path';
import { formatTranslationStatus } from '../src/lib/translation/format-status.ts';
import { readTranslations } from '../src/lib/translation/read-translations.ts';

const index = process.argv.indexOf('--content');
const contentDir = resolve(index >= 0 ? process.argv[index + 1]! : 'content');
console.log(formatTranslationStatus(readTranslations(contentDir)));
