import { splitFrontmatter } from './source-hash.ts';

export interface MarkOptions {
  sourceHash: string;
  /** Set when a native speaker has reviewed the text: who, and the day (YYYY-MM-DD). */
  reviewed?: { by: string; date: string };
}

/** Sets (or replaces) one top-level `key: value` line of a YAML block. */
function setLine(yaml: string, key: string, value: string): string {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return [...lines.filter((line, i) => line || i < lines.length - 1), `${key}: ${value}`].join('\n');
  // A nested value (`reviewed:` followed by indented lines) is replaced whole.
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end += 1;
  lines.splice(start, end - start, `${key}: ${value}`);
  return lines.join('\n');
}

/**
 * The text of a Tibetan file with its translation marks written: `sourceHash`, and on review
 * `status: reviewed` with `reviewed: { by, date }`. Everything else is left byte for byte.
 */
export function markTranslation(path: string, text: string, options: MarkOptions): string {
  const apply = (yaml: string) => {
    let out = setLine(yaml, 'sourceHash', options.sourceHash);
    if (options.reviewed) {
      out = setLine(out, 'status', 'reviewed');
      out = setLine(out, 'reviewed', `{ by: ${JSON.stringify(options.reviewed.by)}, date: ${options.reviewed.date} }`);
    }
    return out;
  };
  if (!path.endsWith('.md')) return apply(text.replace(/\n$/, '')) + '\n';
  const { frontmatter, body } = splitFrontmatter(text);
  return `---\n${apply(frontmatter)}\n---\n${body}`;
}
