/** The items （一）（二）… of an article's first paragraph that lists them, without the markers. */
export function statuteItems(articleText: string): string[] {
  return articleText
    .split('\n')
    .map((line) => /^（[一二三四五六七八九十]+）(.*)$/.exec(line)?.[1])
    .filter((item): item is string => item !== undefined);
}

/** The numbered list items (`1. …`) of a Markdown body, in order. */
export function numberedItems(markdown: string): { number: number; text: string }[] {
  return [...markdown.matchAll(/^(\d+)\. (.*)$/gm)].map((m) => ({ number: Number(m[1]), text: m[2]!.trim() }));
}

/**
 * Why the explanation's list misquotes the statute, or null. An explanation that quotes any item of
 * the article word for word is read as the statute's list: it must give every item (others may be
 * shortened), numbered 1, 2, 3 … and each quoted item at its own number, because the text refers to
 * items by number ("第三项") and readers check them against the statute.
 */
export function misquotedItems(articleText: string, markdown: string): string | null {
  const statute = statuteItems(articleText);
  const listed = numberedItems(markdown);
  if (!listed.some(({ text }) => statute.includes(text))) return null;
  if (listed.length !== statute.length) return `lists ${listed.length} items, the article has ${statute.length}`;
  const wrong = listed.find(
    ({ number, text }, i) => number !== i + 1 || (statute.includes(text) && statute.indexOf(text) !== i),
  );
  return wrong ? `item ${wrong.number} differs from the article's item ${listed.indexOf(wrong) + 1}` : null;
}
