import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { misquotedItems, numberedItems, statuteItems } from './quoted-items.ts';

const article = (n: number) =>
  (JSON.parse(readFileSync(`content/law/articles/${n}.json`, 'utf8')) as { text: string }).text;
const explanation = (n: number) => readFileSync(`content/law/explanations/zh/${n}.md`, 'utf8');

describe('explanations that quote an article’s items', () => {
  it('give Article 60’s seven items in the statute’s numbering, the catch-all of item 3 word for word', () => {
    expect(statuteItems(article(60))).toHaveLength(7);
    const listed = numberedItems(explanation(60));
    expect(listed.map(({ number }) => number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Item 3 is quoted whole: the catch-all 或者有其他妨碍安全疏散行为的 is what a paraphrase dropped.
    expect(listed[2]?.text).toBe(statuteItems(article(60))[2]);
    expect(misquotedItems(article(60), explanation(60))).toBeNull();
  });

  it('never drop, merge or renumber an item, in any explanation', () => {
    const numbers = readdirSync('content/law/explanations/zh').map((name) => Number(name.replace(/\.md$/, '')));
    for (const n of numbers) expect([n, misquotedItems(article(n), explanation(n))]).toEqual([n, null]);
  });

  it('catch the merged six-item list the site had', () => {
    const items = statuteItems(article(60));
    const merged = [items[0], items[1], items[2], items[3], items[5], items[6]].map((t, i) => `${i + 1}. ${t}`);
    expect(misquotedItems(article(60), merged.join('\n'))).toBe('lists 6 items, the article has 7');
    const renumbered = items.map((t, i) => `${i === 4 ? 9 : i + 1}. ${t}`).join('\n');
    expect(misquotedItems(article(60), renumbered)).toBe("item 9 differs from the article's item 5");
  });
});
