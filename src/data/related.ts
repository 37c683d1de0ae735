import { getCollection } from 'astro:content';
import { setAsking } from '@/lib/quiz/set-asking.ts';
import type { Locale } from '@/i18n/locales.ts';
import { href } from '@/site/routes.ts';

export interface RelatedLink {
  kind: 'guide' | 'campaign' | 'quiz';
  href: string;
  title: string;
}

// Loaded once per build, not once per article page.
let collections: ReturnType<typeof loadCollections> | undefined;
const loadCollections = async () => ({
  guides: await getCollection('guides'),
  campaign: await getCollection('campaign'),
  quizQuestions: await getCollection('quizQuestions'),
  quizSets: await getCollection('quizSets'),
});

/** Guides, 七进 hubs and quiz questions that cite a law article, in one language. */
export async function relatedToArticle(locale: Locale, article: number): Promise<RelatedLink[]> {
  const all = await (collections ??= loadCollections());
  const setOf = setAsking(all.quizSets);
  const slugOf = (id: string) => id.slice(id.indexOf('/') + 1);
  const inLocale = <T extends { id: string }>(entries: T[]) => entries.filter((e) => e.id.startsWith(`${locale}/`));
  const guides = inLocale(all.guides)
    .filter((g) => g.data.sources.some((s) => s.type === 'law' && s.article === article))
    .map((g) => ({ kind: 'guide' as const, href: href.guide(locale, slugOf(g.id)), title: g.data.title }));
  const hubs = inLocale(all.campaign)
    .filter((c) => c.data.articles.includes(article))
    .map((c) => ({ kind: 'campaign' as const, href: href.campaign(locale, c.data.audience), title: c.data.title }));
  // A question links to the first set that asks it; a question in no set is left out.
  const questions = all.quizQuestions
    .filter((q) => q.data.source.type === 'law' && q.data.source.article === article)
    .flatMap((q) => {
      const set = setOf(q.id);
      return set
        ? [{ kind: 'quiz' as const, href: `${href.quiz(locale, set)}#${q.id}`, title: q.data.prompt[locale] }]
        : [];
    });
  return [...hubs, ...guides, ...questions];
}
