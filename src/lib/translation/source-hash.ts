import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { LANGUAGE_NEUTRAL_FIELDS, TRANSLATION_FIELDS } from './tracked.ts';

const IGNORED = new Set<string>([...LANGUAGE_NEUTRAL_FIELDS, ...TRANSLATION_FIELDS]);

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : { frontmatter: '', body: text };
}

/** JSON with sorted keys, so the same data always gives the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** What a translator translates: the words of a source file, without tags, numbers and dates. */
export function translatableText(path: string, text: string): string {
  const normalised = text.replace(/\r\n/g, '\n').normalize('NFC');
  if (path.endsWith('.json')) {
    // A statute article: only its text is translated.
    const article = JSON.parse(normalised) as { text?: string };
    return article.text ?? '';
  }
  const { frontmatter, body } = path.endsWith('.md')
    ? splitFrontmatter(normalised)
    : { frontmatter: normalised, body: '' };
  const data = (parseYaml(frontmatter) ?? {}) as Record<string, unknown>;
  const words = Object.fromEntries(Object.entries(data).filter(([key]) => !IGNORED.has(key)));
  const trimmedBody = body
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return `${stable(words)}\n${trimmedBody}`;
}

/**
 * The version of a Chinese source a Tibetan text translates: 12 hex digits of the SHA-256 of its
 * translatable text. Whitespace at line ends and changes to tags or dates leave it unchanged.
 */
export function sourceHash(path: string, text: string): string {
  return createHash('sha256').update(translatableText(path, text)).digest('hex').slice(0, 12);
}

/** Every string inside a parsed value, in document order. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The words of a content file for a reader who compares two languages: each translated field's
 * text on its own line, then the body. Tags, dates and translation marks are left out.
 */
export function readableText(path: string, text: string): string {
  const normalised = text.replace(/\r\n/g, '\n');
  if (path.endsWith('.json')) return (JSON.parse(normalised) as { text?: string }).text ?? '';
  const { frontmatter, body } = path.endsWith('.md')
    ? splitFrontmatter(normalised)
    : { frontmatter: normalised, body: '' };
  const data = (parseYaml(frontmatter) ?? {}) as Record<string, unknown>;
  const fields = Object.entries(data)
    .filter(([key]) => !IGNORED.has(key))
    .flatMap(([, value]) => strings(value));
  return [...fields, body.trim()].filter(Boolean).join('\n');
}
