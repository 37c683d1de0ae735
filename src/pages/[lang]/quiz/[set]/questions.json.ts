import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSets, quizItems } from '@/data/quiz.ts';
import { LOCALES, type Locale } from '@/i18n/locales.ts';

/**
 * One question set in both languages, as a static file: the classroom fetches it when the host
 * picks the set, so the classroom page itself stays small. Under /{lang}/ because the source
 * links are in that language; the offline save lists it with that language's pages.
 */
export const getStaticPaths = (async () => {
  const sets = await loadSets();
  return LOCALES.flatMap((lang) => sets.map((set) => ({ params: { lang, set: set.id }, props: { set } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { set } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const items = await quizItems(params['lang'] as Locale, set.data.questions);
  return new Response(JSON.stringify(items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
