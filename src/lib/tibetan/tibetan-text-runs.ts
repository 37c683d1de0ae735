/**
 * The Tibetan a reader meets in one built HTML page, as runs of text to check with the text rules:
 * on a Tibetan page all its text, on a Chinese page the text inside `lang="bo"` elements. Text that
 * runs on across inline tags stays one run (so `<b>ཡོད</b>: ` is caught); a block tag or a change of
 * language ends a run. Attributes people hear or see (title, alt, aria-label, placeholder) count too.
 * A small tokenizer rather than a DOM: it runs over every page of `dist/` in Node.
 */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'em',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const SKIP = new Set(['script', 'style', 'template', 'svg']);
const READ_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'];

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  '#39': "'",
};
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

export function tibetanTextRuns(html: string): string[] {
  return textRunsInTibetan(html).filter((run) => /[\u0F00-\u0FFF]/u.test(run));
}

/**
 * Every run a reader meets in Tibetan context (a Tibetan page outside `lang="zh-CN"` parts, or a
 * `lang="bo"` element on a Chinese page), whatever its script: a run with no Tibetan in it there is
 * an untranslated label or an English word (`<noscript>` and the read attributes included).
 */
export function textRunsInTibetan(html: string): string[] {
  const runs: string[] = [];
  const stack: { tag: string; bo: boolean }[] = [];
  let rootBo = false;
  let current = '';
  let skipping: string | undefined;
  const flush = () => {
    if (current.trim()) runs.push(current);
    current = '';
  };
  const isBo = () => stack.at(-1)?.bo ?? rootBo;
  for (const match of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, rawTag, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (!skipping && isBo()) current += decode(text);
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (skipping) {
      if (closing && tag === skipping) skipping = undefined;
      continue;
    }
    if (closing) {
      const index = stack.map((e) => e.tag).lastIndexOf(tag);
      const wasBo = isBo();
      if (index >= 0) stack.length = index;
      if (!INLINE.has(tag) || wasBo !== isBo()) flush();
      continue;
    }
    const lang = /\slang="([^"]*)"/.exec(attributes)?.[1];
    const bo = lang === undefined ? isBo() : lang === 'bo' || lang.startsWith('bo-');
    if (tag === 'html') {
      rootBo = bo;
      continue;
    }
    if (bo !== isBo() || !INLINE.has(tag)) flush();
    if (bo) {
      for (const name of READ_ATTRIBUTES) {
        const value = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
        if (value?.trim()) runs.push(decode(value));
      }
    }
    if (SKIP.has(tag)) {
      if (!selfClosing) skipping = tag;
      continue;
    }
    if (!VOID.has(tag) && !selfClosing) stack.push({ tag, bo });
  }
  flush();
  return runs.map((run) => run.replace(/[ \t\n\r\f]+/g, ' ').trim()).filter(Boolean);
}
