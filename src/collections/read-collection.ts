/**
 * Reads a collection straight from `content/` in plain Node, validated by the same zod schemas
 * Astro uses, so the search index, the content lint and the tests see exactly what the pages see.
 * Node only (it reads files); pages read collections through `astro:content`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../lib/content-lint/lint-content.ts';
import { COLLECTIONS, type CollectionName, type EntryData } from './definitions.ts';
import { schemaProblems } from './schema-problems.ts';
import { yamlWithLines } from './source-lines.ts';

/** One entry as Astro's loaders give it: `id` is the path below the folder without extension. */
export interface Entry<C extends CollectionName> {
  id: string;
  data: EntryData<C>;
  /** Markdown body, for Markdown and MDX entries. */
  body?: string;
  /** The file, relative to the project root (`content/guides/zh/tents.md`). */
  file: string;
}

export class ContentSchemaError extends Error {
  // A plain field, not a constructor parameter property: `node scripts/*.ts` strips types only and
  // refuses parameter properties (ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX), which broke `npm run lint:content`.
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length} content problem(s):\n${problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message} Fix: ${p.fix}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** `{zh,bo}/*.{md,mdx}` → a regular expression over paths relative to the folder. */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_, list: string) => `(?:${list.split(',').join('|')})`)
    .replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`);
}

function filesIn(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((item) =>
      item.isDirectory() ? filesIn(join(dir, item.name), `${prefix}${item.name}/`) : [`${prefix}${item.name}`],
    )
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The data (and body) of one file, with a way to find the line of any field in it. */
function parseFile(path: string, text: string) {
  if (/\.mdx?$/.test(path)) {
    const match = FRONTMATTER.exec(text);
    const { data, lineOf } = yamlWithLines(match?.[1] ?? '', 2);
    return { data: data ?? {}, lineOf, body: text.slice(match ? match[0].length : 0) };
  }
  const { data, lineOf } = yamlWithLines(text);
  return { data, lineOf, body: undefined };
}

interface ReadResult<C extends CollectionName> {
  entries: Entry<C>[];
  problems: ContentProblem[];
}

/** Every entry of a collection that passes its schema, and a problem for each one that does not. */
export function readCollectionWithProblems<C extends CollectionName>(
  name: C,
  root: string = process.cwd(),
): ReadResult<C> {
  const definition = COLLECTIONS[name];
  const contentDir = join(root, 'content');
  const entries: Entry<C>[] = [];
  const problems: ContentProblem[] = [];
  const fileName = (path: string) => relative(root, path).split(sep).join('/');

  const validate = (
    file: string,
    id: string,
    value: unknown,
    lineOf: (p: readonly PropertyKey[]) => number,
    body?: string,
  ) => {
    const result = definition.schema.safeParse(value);
    if (result.success)
      entries.push({ id, data: result.data as EntryData<C>, file, ...(body === undefined ? {} : { body }) });
    else problems.push(...schemaProblems(file, result.error.issues, value, lineOf));
  };
  const parseOrReport = (path: string) => {
    try {
      return parseFile(path, readFileSync(path, 'utf8'));
    } catch (error) {
      const { message, line } = error as Error & { line?: number };
      problems.push({
        file: fileName(path),
        line: line ?? 1,
        field: '(file)',
        severity: 'error',
        message,
        fix: 'correct the YAML/JSON syntax on that line',
      });
      return undefined;
    }
  };

  if (definition.kind === 'folder') {
    const dir = join(contentDir, definition.folder);
    const matches = patternToRegExp(definition.pattern);
    for (const relativePath of filesIn(dir).filter((path) => matches.test(path))) {
      const path = join(dir, relativePath);
      const parsed = parseOrReport(path);
      if (parsed)
        validate(fileName(path), relativePath.replace(/\.[^./]+$/, ''), parsed.data, parsed.lineOf, parsed.body);
    }
  } else {
    const path = join(contentDir, definition.file);
    const parsed = existsSync(path) ? parseOrReport(path) : undefined;
    if (parsed && definition.kind === 'single') validate(fileName(path), 'statute', parsed.data, parsed.lineOf);
    if (parsed && definition.kind === 'list') {
      const items = Array.isArray(parsed.data) ? (parsed.data as unknown[]) : [];
      items.forEach((item, index) => {
        const id = String((item as { id?: unknown } | null)?.id ?? index);
        validate(fileName(path), id, item, (p) => parsed.lineOf([index, ...p]));
      });
    }
  }
  return { entries, problems };
}

/** Every entry of a collection; throws a `ContentSchemaError` naming file, line, field and fix. */
export function readCollection<C extends CollectionName>(name: C, root: string = process.cwd()): Entry<C>[] {
  const { entries, problems } = readCollectionWithProblems(name, root);
  if (problems.length) throw new ContentSchemaError(problems);
  return entries;
}
