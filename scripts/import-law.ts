/**
 * Imports the statute from the shared reference data into `content/law/`, verbatim.
 * Run: `npm run import:law [path/to/fire-law-2021.json]`. The build never reads `../shared`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statuteFromReference, type ReferenceLaw } from '../src/lib/law/statute-from-reference.ts';

const input = process.argv[2] ?? 'reference/fire-law-2021.json';
const outDir = 'content/law';
const reference = JSON.parse(readFileSync(input, 'utf8')) as ReferenceLaw;
const { statute, articles } = statuteFromReference(reference);

rmSync(join(outDir, 'articles'), { recursive: true, force: true });
mkdirSync(join(outDir, 'articles'), { recursive: true });
writeFileSync(join(outDir, 'statute.json'), JSON.stringify(statute, null, 2) + '\n');
for (const article of articles) {
  writeFileSync(join(outDir, 'articles', `${article.number}.json`), JSON.stringify(article, null, 2) + '\n');
}
console.log(`import-law: ${statute.chapters.length} chapters, ${articles.length} articles from ${input} → ${outDir}/`);
