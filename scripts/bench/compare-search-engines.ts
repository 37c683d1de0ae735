/**
 * Measures the search engines the project considered, on the real content and the query table:
 * index bytes, bytes fetched for the first query, and query-table hit rate (expected page in the
 * first five). The README's "Search" section reports its output. Run after a build, from the
 * repository root: `npm run bench:search` (needs Chromium for Pagefind).
 *
 * - ours: src/lib/search, the engine shipped: per language a head, term shards and records chunks
 *   (compact postings); "first query fetches" counts the head, the shards and the records of the
 *   first ten results of the table's first query;
 * - lunr 2.3.9 fed the same terms, its serialised index plus the pages for excerpts;
 * - Pagefind 1.6.0 custom records, with the Tibetan workaround of tibetan-text-rules §7.
 */
import { chromium } from '@playwright/test';
import lunr from 'lunr';
import * as pagefind from 'pagefind';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { foldTibetan } from '../../src/lib/tibetan/normalize.ts';
import { MATCH_MODES, queryClauses } from '../../src/lib/search/query-plan.ts';
import { QUERY_TABLE } from '../../src/lib/search/query-table.ts';
import { readLexicon } from '../../src/lib/search/read-lexicon.ts';
import { readSearchRecords } from '../../src/lib/search/read-search-content.ts';
import { runSearch } from '../../src/lib/search/run-search.ts';
import { openSearchIndex } from '../../src/lib/search/search-engine.ts';
import { loadSearchIndex } from '../../src/lib/search/load-search-index.ts';
import { recordChunkPath, searchIndexPath, termShardPath } from '../../src/lib/search/search-files.ts';
import { buildSearchIndex } from '../../src/lib/search/search-index.ts';
import { splitSearchIndex } from '../../src/lib/search/split-search-index.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';
import { indexTerms, searchUnits } from '../../src/lib/search/search-units.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const contentDir = join(root, 'content');
const brotli = (bytes: Buffer | string) =>
  brotliCompressSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const lexicon = readLexicon(contentDir);
const records = Object.fromEntries(LOCALES.map((locale) => [locale, readSearchRecords(contentDir, locale)])) as Record<
  Locale,
  SearchRecord[]
>;
const cases = (locale: Locale) => QUERY_TABLE.filter((c) => c.locale === locale);
const rows: string[] = [];
const misses: string[] = [];
const report = (engine: string, locale: Locale, raw: number, compressed: number, firstQuery: number, hits: number) =>
  rows.push(
    `| ${engine} | ${locale} | ${kb(raw)} | ${kb(compressed)} | ${kb(firstQuery)} | ${hits}/${cases(locale).length} |`,
  );

// Ours: the split index as served (head, term shards, records chunks); a query fetches what it needs.
for (const locale of LOCALES) {
  const file = buildSearchIndex(locale, records[locale], lexicon);
  const split = splitSearchIndex(file);
  const served = new Map<string, string>([
    [searchIndexPath(locale), JSON.stringify(split.head)],
    ...split.shards.map((shard, i) => [termShardPath(locale, i), JSON.stringify(shard)] as const),
    ...split.chunks.map((chunk, i) => [recordChunkPath(locale, i), JSON.stringify(chunk)] as const),
  ]);
  const raw = [...served.values()].reduce((sum, json) => sum + Buffer.byteLength(json), 0);
  const compressed = [...served.values()].reduce((sum, json) => sum + brotli(json), 0);
  const fetched: string[] = [];
  const fetcher = (async (url: string) => {
    fetched.push(url);
    return new Response(served.get(url));
  }) as typeof fetch;
  const first = cases(locale)[0]!.query;
  const loaded = await loadSearchIndex(locale, fetcher);
  await loaded.prepare(first);
  await loaded.records(
    runSearch(loaded.engine(), first)
      .hits.slice(0, 10)
      .map((hit) => hit.doc),
  );
  const firstQuery = fetched.reduce((sum, url) => sum + brotli(served.get(url)!), 0);
  const engine = openSearchIndex(file);
  const missed = cases(locale).filter(
    (c) =>
      !runSearch(engine, c.query)
        .hits.slice(0, 5)
        .some((hit) => file.docs[hit.doc]!.url === c.expected),
  );
  misses.push(...missed.map((c) => `ours ${locale}: ${c.query}`));
  report('ours, split', locale, raw, compressed, firstQuery, cases(locale).length - missed.length);
}

// lunr, fed the same terms; the pages travel too, for excerpts. The library is loaded with the first query.
const lunrLibrary = brotli(readFileSync(join(root, 'node_modules/lunr/lunr.min.js')));
for (const locale of LOCALES) {
  const builder = new lunr.Builder();
  builder.ref('ref');
  builder.field('title', {
    boost: 4,
    extractor: (doc) => indexTerms(searchUnits((doc as SearchRecord).title)) as unknown as object[],
  });
  builder.field('text', {
    extractor: (doc) => indexTerms(searchUnits((doc as SearchRecord).text)) as unknown as object[],
  });
  builder.metadataWhitelist = [];
  records[locale].forEach((record, ref) => builder.add({ ...record, ref: String(ref) }));
  const index = builder.build();
  const json = JSON.stringify({ index: index.toJSON(), docs: records[locale] });
  const find = (query: string) => {
    for (const mode of MATCH_MODES) {
      const found = index.query((q) => {
        for (const clause of queryClauses(query, mode)) {
          q.term(clause.term, {
            usePipeline: false,
            presence: clause.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL,
            wildcard: clause.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          });
        }
      });
      if (found.length) return found.map((result) => records[locale][Number(result.ref)]!.url);
    }
    return [];
  };
  const missed = cases(locale).filter((c) => !find(c.query).slice(0, 5).includes(c.expected));
  misses.push(...missed.map((c) => `lunr ${locale}: ${c.query}`));
  const hits = cases(locale).length - missed.length;
  report('lunr 2.3.9', locale, Buffer.byteLength(json), brotli(json), brotli(json) + lunrLibrary, hits);
}

// Pagefind custom records: Tibetan folded, a space after each tsheg and shad so it sees syllables.
const spaced = (text: string) => foldTibetan(text).replace(/([\u0F0B-\u0F14])/gu, '$1 ');
const outDir = mkdtempSync(join(tmpdir(), 'pagefind-bench-'));
const { index } = await pagefind.createIndex({});
for (const locale of LOCALES) {
  for (const record of records[locale]) {
    await index!.addCustomRecord({
      url: record.url,
      content: locale === 'bo' ? spaced(record.text) : record.text,
      language: locale,
      meta: { title: record.title },
    });
  }
}
await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
await pagefind.close();
writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>bench</title>');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
  );
// Pagefind's index files are gzipped already; its JS and wasm count as brotli-served.
const servedSize = (path: string) => (/\.(js|wasm)$/.test(path) ? brotli(readFileSync(path)) : statSync(path).size);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.html': 'text/html',
};
const server = createServer((request, response) => {
  const path = join(outDir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (!existsSync(path) || statSync(path).isDirectory()) return void response.writeHead(404).end();
  response
    .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
    .end(readFileSync(path));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox'],
});
for (const locale of LOCALES) {
  const pagefindFiles = files(join(outDir, 'pagefind')).filter(
    (path) => path.includes(`/${locale}`) || /pagefind(-entry)?\.(js|json)$|\.wasm$/.test(path),
  );
  const raw = pagefindFiles.reduce((sum, path) => sum + statSync(path).size, 0);
  const served = pagefindFiles.reduce((sum, path) => sum + servedSize(path), 0);
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  const fetched = new Set<string>();
  page.on('request', (request) => fetched.add(new URL(request.url()).pathname));
  const search = (query: string) =>
    page.evaluate(
      async ([q, lang]) => {
        const pf = await import('/pagefind/pagefind.js' as string);
        await pf.options({ exactDiacritics: true });
        const found = await pf.search(q);
        const top = await Promise.all(
          found.results.slice(0, 5).map((result: { data: () => Promise<{ url: string }> }) => result.data()),
        );
        return { lang, urls: top.map((data: { url: string }) => data.url) };
      },
      [locale === 'bo' ? spaced(query).replace(/[\u0F0B-\u0F14]/gu, ' ') : query, locale] as const,
    );
  await page.evaluate((lang) => document.documentElement.setAttribute('lang', lang), locale);
  await search(cases(locale)[0]!.query);
  const firstQuery = [...fetched].reduce((sum, path) => sum + servedSize(join(outDir, path)), 0);
  let hits = 0;
  for (const c of cases(locale)) {
    if ((await search(c.query)).urls.includes(c.expected)) hits++;
    else misses.push(`Pagefind ${locale}: ${c.query}`);
  }
  report('Pagefind 1.6.0', locale, raw, served, firstQuery, hits);
  await page.close();
}
await browser.close();
server.close();

console.log('| engine | lang | index raw | index served (brotli) | first query fetches | query table |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nmissed: ${misses.join(' · ')}`);
