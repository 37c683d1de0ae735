/**
 * `npm run translation:mark -- <bo file>… [--all] [--reviewed-by NAME] [--content DIR]`
 *
 * Run when a translator finishes a Tibetan text: records which version of the Chinese source it
 * translates (`sourceHash`). With `--reviewed-by`, a native speaker's review is recorded too
 * (`status: reviewed`, `reviewed: { by, date }`). `--all` marks every Tibetan text: only for the
 * day tracking starts, since it declares every translation up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { markTranslation } from '../src/lib/translation/mark-translation.ts';
import { readTranslations } from '../src/lib/translation/read-translations.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args.splice(index, 2)[1] : undefined;
};
const contentDir = resolve(option('--content') ?? 'content');
const reviewer = option('--reviewed-by');
const all = args.includes('--all');
const wanted = args.filter((arg) => !arg.startsWith('--')).map((file) => relative(contentDir, resolve(file)));

const records = readTranslations(contentDir);
const chosen = all ? records : records.filter((record) => wanted.includes(record.file));
const unknown = wanted.filter((file) => !records.some((record) => record.file === file));
if (unknown.length || !chosen.length) {
  console.error(
    `translation:mark: ${unknown.length ? `not a Tibetan text with a Chinese source: ${unknown.join(', ')}` : 'no file named'}.\n` +
      'Fix: name Tibetan files, e.g. npm run translation:mark -- content/guides/bo/winter-stoves.md',
  );
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
for (const record of chosen) {
  const path = join(contentDir, record.file);
  const before = readFileSync(path, 'utf8');
  const after = markTranslation(record.file, before, {
    sourceHash: record.currentHash,
    ...(reviewer ? { reviewed: { by: reviewer, date: today } } : {}),
  });
  if (after !== before) writeFileSync(path, after);
  const was = record.state === 'outdated' ? ` (was outdated: ${record.recordedHash} → ${record.currentHash})` : '';
  console.log(
    `${record.file}: translates ${record.sourceFile} @ ${record.currentHash}${reviewer ? `, reviewed by ${reviewer} ${today}` : ''}${was}`,
  );
}
console.log(`translation:mark: ${chosen.length} files marked`);
