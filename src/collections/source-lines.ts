import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Where a field path sits in a YAML (or JSON) text: the 1-based line of the deepest node found. */
export type LineOf = (path: readonly PropertyKey[]) => number;

/**
 * Parses YAML or JSON (JSON is YAML) keeping positions. `firstLine` is the file line where the
 * text starts (2 for Markdown frontmatter, after the opening `---`).
 */
export function yamlWithLines(text: string, firstLine = 1): { data: unknown; lineOf: LineOf } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    const line = (error.linePos?.[0]?.line ?? 1) + firstLine - 1;
    throw Object.assign(new Error(error.message.split('\n')[0]), { line });
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf: LineOf = (path) => {
    let node: unknown = doc.contents;
    let line = lineAt((doc.contents as Node | null)?.range?.[0] ?? 0);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyRange = (pair.key as Node | null)?.range;
        if (keyRange) line = lineAt(keyRange[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { data: doc.toJS(), lineOf };
}
