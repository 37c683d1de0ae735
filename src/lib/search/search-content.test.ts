import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locales.ts';
import { excerpt } from './excerpt.ts';
import { QUERY_TABLE } from './query-table.ts';
import { readLexicon } from './read-lexicon.ts';
import { readSearchRecords } from './read-search-content.ts';
import { runSearch } from './run-search.ts';
import { openSearchIndex } from './search-engine.ts';
import { buildSearchIndex } from './search-index.ts';
import { loadSearchIndex } from './load-search-index.ts';
import { recordChunkPath, searchIndexPath, termShardPath } from './search-files.ts';
import type { SearchRecord } from './search-record.ts';
import { splitSearchIndex } from './split-search-index.ts';

const withoutLead = ({ lead: _lead, ...record }: SearchRecord) => record;

// The index the site ships, built the same way from the real content (not from dist/).
const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const lexicon = readLexicon(contentDir);
const indexFiles = Object.fromEntries(
  LOCALES.map((locale) => [locale, buildSearchIndex(locale, readSearchRecords(contentDir, locale), lexicon)]),
) as Record<(typeof LOCALES)[number], ReturnType<typeof buildSearchIndex>>;
const engines = Object.fromEntries(LOCALES.map((locale) => [locale, openSearchIndex(indexFiles[locale])])) as Record<
  (typeof LOCALES)[number],
  ReturnType<typeof openSearchIndex>
>;

const topUrls = (locale: (typeof LOCALES)[number], query: string, n = 5) => {
  const engine = engines[locale];
  return runSearch(engine, query)
    .hits.slice(0, n)
    .map((hit) => engine.record(hit.doc)!.url);
};
const marked = (text: string, query: string) =>
  excerpt(text, runSearch(engines.bo, query).phrases)
    .filter((segment) => segment.mark)
    .map((segment) => segment.text);

describe('search on the real content', () => {
  it.each(QUERY_TABLE.map((c) => [c.locale, c.kind, c.query, c.expected] as const))(
    '%s, %s: %s finds %s in the first five',
    (locale, _kind, query, expected) => {
      expect(topUrls(locale, query)).toContain(expected);
    },
  );

  it.each(QUERY_TABLE.filter((c) => c.kind === 'everyday').map((c) => [c.locale, c.query, c.expected] as const))(
    '%s, everyday words: %s lists %s first',
    (locale, query, expected) => {
      expect(topUrls(locale, query, 1)).toEqual([expected]);
    },
  );

  it.each(LOCALES)(
    '%s: the split index served to browsers answers every query as the whole index does',
    async (locale) => {
      const split = splitSearchIndex(indexFiles[locale]);
      const served = new Map<string, unknown>([
        [searchIndexPath(locale), split.head],
        ...split.shards.map((shard, i) => [termShardPath(locale, i), shard] as const),
        ...split.chunks.map((chunk, i) => [recordChunkPath(locale, i), chunk] as const),
      ]);
      const fetcher = (async (url: string) => new Response(JSON.stringify(served.get(url)))) as typeof fetch;
      for (const { query } of QUERY_TABLE) {
        const loaded = await loadSearchIndex(locale, fetcher);
        await loaded.prepare(query);
        const whole = runSearch(engines[locale], query);
        const outcome = runSearch(loaded.engine(), query);
        expect(outcome.hits, query).toEqual(whole.hits);
        expect(outcome.alternate?.hits, query).toEqual(whole.alternate?.hits);
        await loaded.records(outcome.hits.slice(0, 3).map((hit) => hit.doc));
        for (const hit of outcome.hits.slice(0, 3))
          expect(loaded.engine().record(hit.doc)).toEqual(
            indexFiles[locale].docs[hit.doc] && withoutLead(indexFiles[locale].docs[hit.doc]!),
          );
      }
    },
    30_000,
  );

  it('finds the same pages for 119 and ༡༡༩ in both languages', () => {
    for (const locale of LOCALES) expect(topUrls(locale, '༡༡༩', 20)).toEqual(topUrls(locale, '119', 20));
  });

  it('offers Tibetan pages that say མེ་སྐྱོན to a reader who searched 火灾 on the Tibetan site', () => {
    const { alternate } = runSearch(engines.bo, '火灾');
    expect(alternate?.language).toBe('bo');
    expect(alternate?.query).toBe('མེ་སྐྱོན');
    const urls = alternate!.hits.map((hit) => engines.bo.record(hit.doc)!.url);
    expect(urls).toContain('/bo/guides/grassland-forest-fire/');
  });

  it('offers Chinese pages that say 火灾 to a reader who searched མེ་སྐྱོན on the Chinese site', () => {
    const outcome = runSearch(engines.zh, 'མེ་སྐྱོན');
    expect(outcome.hits).toEqual([]);
    expect(outcome.alternate?.language).toBe('zh');
    expect(outcome.alternate!.hits.length).toBeGreaterThan(5);
  });

  it('marks the Tibetan syllables of a mid-sentence query in the page text', () => {
    const law28 = indexFiles.bo.docs.find((doc) => doc.url === '/bo/law/28/')!;
    expect(marked(law28.text, 'ཆུ་ཁ་སྦས')).toEqual(['ཆུ་ཁ་སྦས']);
  });
});

describe('search records from the real content', () => {
  const files = (folder: string) =>
    readdirSync(`${contentDir}/${folder}`).filter((name) => /^[a-z0-9-]+\.(md|mdx|ya?ml|json)$/.test(name)).length;

  it.each(LOCALES)('%s: one record per page, each with a title and text, no address twice', (locale) => {
    const docs = indexFiles[locale].docs;
    expect(docs.filter((doc) => doc.type === 'law')).toHaveLength(files('law/articles'));
    expect(docs.filter((doc) => doc.type === 'guide')).toHaveLength(files('guides/zh'));
    expect(docs.filter((doc) => doc.type === 'campaign')).toHaveLength(files('campaign/zh'));
    expect(docs.filter((doc) => doc.type === 'checklist')).toHaveLength(files('checklists/zh'));
    expect(docs.filter((doc) => doc.type === 'quiz')).toHaveLength(files('quiz/questions'));
    expect(new Set(docs.map((doc) => doc.url)).size).toBe(docs.length);
    for (const doc of docs) {
      expect(doc.url.startsWith(`/${locale}/`), doc.url).toBe(true);
      expect(doc.title, doc.url).not.toBe('');
      expect(doc.text, doc.url).not.toBe('');
    }
  });

  it('a Tibetan law page has the Tibetan summary and explanation and the Chinese statute', () => {
    const law28 = indexFiles.bo.docs.find((doc) => doc.url === '/bo/law/28/')!;
    expect(law28.text).toContain('消防车通道'); // the statute
    expect(law28.text).toContain('ཆུ་ཁ་སྦས'); // the summary
    // Named in Tibetan in the result list; the Chinese label still finds it.
    expect(law28.title).toContain('དོན་ཚན་ཉེར་བརྒྱད་པ');
    expect(law28.title).not.toContain('第二十八条');
    expect(law28.text).toContain('第二十八条');
  });

  it('a quiz question leads to a set that asks it, or to the quiz page', () => {
    const sets = readdirSync(`${contentDir}/quiz/sets`).map((name) => name.replace(/\.ya?ml$/, ''));
    for (const doc of indexFiles.zh.docs.filter((d) => d.type === 'quiz')) {
      const [, set] = /^\/zh\/quiz\/(?:([a-z0-9-]+)\/)?#[a-z0-9-]+$/.exec(doc.url) ?? [];
      expect(doc.url).toMatch(/^\/zh\/quiz\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/);
      if (set) expect(sets).toContain(set);
    }
  });

  it('Markdown markup does not reach the index', () => {
    for (const locale of LOCALES) {
      for (const doc of indexFiles[locale].docs) expect(doc.text, doc.url).not.toMatch(/\*\*|^#|\n/u);
    }
  });
});
