import { getCollection } from 'astro:content';
import type { Locale } from '@/i18n/locales.ts';

export interface RelatedLink {
  kind: 'guide' | 'campaign' | 'quiz';
  href: string;
  title: string;
}

/** Guides, 七进 hubs and quiz questions that cite a law article, in one language. */
export async function relatedToArticle(locale: Locale, article: number): Promise<RelatedLink[]> {
  const slugOf = (id: string) => id.slice(id.indexOf('/') + 1);
  const guides = (await getCollection('guides', (g) => g.id.startsWith(`${locale}/`)))
    .filter((g) => g.data.sources.some((s) => s.type === 'law' && s.article === article))
    .map((g) => ({ kind: 'guide' as const, href: `/${locale}/guides/${slugOf(g.id)}/`, title: g.data.title }));
  const hubs = (await getCollection('campaign', (c) => c.id.startsWith(`${locale}/`)))
    .filter((c) => c.data.articles.includes(article))
    .map((c) => ({ kind: 'campaign' as const, href: `/${locale}/campaign/${c.data.audience}/`, title: c.data.title }));
  const questions = (await getCollection('quizQuestions'))
    .filter((q) => q.data.source.type === 'law' && q.data.source.article === article)
    .map((q) => ({ kind: 'quiz' as const, href: `/${locale}/quiz/#${q.id}`, title: q.data.prompt[locale] }));
  return [...hubs, ...guides, ...questions];
}
