/**
 * The readable text of a Markdown or MDX body, one line per block, for the search index: no
 * markup, no import/export lines, no components. Good enough for the plain content editors write
 * (headings, lists, emphasis, links); it is not a Markdown renderer.
 */
export function markdownText(body: string): string {
  return body
    .split(/\r?\n/)
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .map((line) =>
      line
        .replace(/<[^>]*>/g, ' ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '')
        .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
        .replace(/^\s*\|?\s*:?-{3,}.*$/, '')
        .replace(/\s*\|\s*/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** One line of text from several pieces: whitespace runs become one space. */
export const plainText = (...pieces: (string | undefined)[]) =>
  pieces
    .filter((piece): piece is string => !!piece)
    .join('\n')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
