import { parse as parseYaml } from 'yaml';

/** One string of a content file, with where it sits: a dotted field path and a line number. */
export interface TextField {
  field: string;
  text: string;
  /** 1-based line of the file where the string (or the body) starts. */
  line: number;
  /** The translation status that governs this string, from the nearest enclosing `status`. */
  status: string | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The data of a content file: frontmatter for Markdown/MDX, the whole document for YAML/JSON. */
export function parseContentFile(path: string, source: string): { data: unknown; body?: string } {
  if (/\.(md|mdx)$/.test(path)) {
    const match = FRONTMATTER.exec(source);
    return { data: match ? (parseYaml(match[1]!) as unknown) : {}, body: source.slice(match ? match[0].length : 0) };
  }
  return { data: /\.json$/.test(path) ? (JSON.parse(source) as unknown) : (parseYaml(source) as unknown) };
}

/** The strings of a content file (YAML, JSON, Markdown or MDX), for the linter to check. */
export function textFields(path: string, source: string): TextField[] {
  if (/\.(md|mdx)$/.test(path)) {
    const match = FRONTMATTER.exec(source);
    const { data } = parseContentFile(path, source);
    const status = statusOf(data);
    const fields = walk(data, '', status, source);
    const bodyStart = match ? match[0].split('\n').length : 1;
    fields.push({ field: 'body', text: source.slice(match ? match[0].length : 0), line: bodyStart, status });
    return fields;
  }
  const data = /\.json$/.test(path) ? (JSON.parse(source) as unknown) : (parseYaml(source) as unknown);
  return walk(data, '', statusOf(data), source);
}

function statusOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const status = (value as Record<string, unknown>)['status'];
    return typeof status === 'string' ? status : undefined;
  }
  return undefined;
}

function walk(value: unknown, path: string, status: string | undefined, source: string): TextField[] {
  if (typeof value === 'string') return [{ field: path, text: value, line: lineOf(source, value), status }];
  if (Array.isArray(value)) return value.flatMap((item, i) => walk(item, `${path}[${i}]`, status, source));
  if (value && typeof value === 'object') {
    const own = statusOf(value) ?? status;
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'status' ? [] : walk(item, path ? `${path}.${key}` : key, own, source),
    );
  }
  return [];
}

/** Line of the first occurrence of a string's first line in the file; 1 when not found verbatim. */
function lineOf(source: string, text: string): number {
  const head = text.split('\n')[0]!.slice(0, 40);
  const at = head ? source.indexOf(head) : -1;
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}
