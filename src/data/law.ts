import { getCollection, getEntry } from 'astro:content';
import { localize } from '../collections/localize.ts';

let law: ReturnType<typeof readLaw> | undefined;

/** The statute, its 74 articles in order, and the notes written about them (read once per build). */
export const loadLaw = () => (law ??= readLaw());

async function readLaw() {
  const statuteEntry = await getEntry('lawStatute', 'statute');
  if (!statuteEntry) throw new Error('content/law/statute.json is missing: run `npm run import:law`');
  const articles = (await getCollection('law')).map((entry) => entry.data).sort((a, b) => a.number - b.number);
  const explanations = localize(await getCollection('lawExplanations'));
  const summaries = localize(await getCollection('lawSummaries'));
  return { statute: statuteEntry.data, articles, explanations, summaries };
}

/** How people cite an article: 《中华人民共和国消防法》第十六条 */
export const citation = (title: string, label: string) => `《${title}》${label}`;
