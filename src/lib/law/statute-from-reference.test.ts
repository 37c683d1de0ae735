import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lawArticleSchema, lawStatuteSchema } from '../../schemas/law.ts';
import { statuteFromReference, type ReferenceLaw } from './statute-from-reference.ts';

const reference = JSON.parse(readFileSync('reference/fire-law-2021.json', 'utf8')) as ReferenceLaw;
const committed = readdirSync('content/law/articles').map((name) =>
  lawArticleSchema.parse(JSON.parse(readFileSync(`content/law/articles/${name}`, 'utf8'))),
);
const committedStatute = lawStatuteSchema.parse(JSON.parse(readFileSync('content/law/statute.json', 'utf8')));

describe('the imported Fire Protection Law', () => {
  const { statute, articles } = statuteFromReference(reference);

  it('has 7 chapters holding 7, 27, 8, 9, 6, 15 and 2 articles', () => {
    expect(statute.chapters.map(({ articles: [first, last] }) => last - first + 1)).toEqual([7, 27, 8, 9, 6, 15, 2]);
  });

  it('has 74 articles numbered 1…74 with no gap', () => {
    expect(committed.map((a) => a.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 74 }, (_, i) => i + 1));
  });

  it('holds every article verbatim, as in the reference data', () => {
    const byNumber = new Map(committed.map((a) => [a.number, a]));
    for (const article of articles) expect(byNumber.get(article.number)).toEqual(article);
    const referenceTexts = reference.chapters.flatMap((c) => c.articles.map((a) => a.text));
    expect(committed.sort((a, b) => a.number - b.number).map((a) => a.text)).toEqual(referenceTexts);
  });

  it('keeps the title, chapter headings and revision note verbatim', () => {
    expect(committedStatute).toEqual(statute);
    expect(committedStatute.revisionNote).toBe(reference.revision_note);
    expect(committedStatute.chapters.map((c) => c.heading)).toEqual(reference.chapters.map((c) => c.heading));
  });

  it('keeps the statute’s own spelling of 其它 in article 69', () => {
    expect(committed.find((a) => a.number === 69)!.text).toContain('其它直接责任人员');
  });
});
