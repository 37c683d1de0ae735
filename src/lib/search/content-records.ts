import type { EntryData } from '../../collections/definitions.ts';
import type { Locale } from '../../i18n/locales.ts';
import { href } from '../../site/routes.ts';
import { lawArticleLabel } from '../law/article-label.ts';
import { markdownText, plainText } from './markdown-text.ts';
import type { SearchRecord } from './search-record.ts';

/** An entry of a collection with its Markdown body, as the collection reader gives it. */
interface MarkdownEntry<T> {
  data: T;
  body?: string | undefined;
}

/**
 * Law article pages: the Chinese page has the statute and the Chinese explanation; the Tibetan page
 * has the unofficial Tibetan summary, the Tibetan explanation and the authoritative Chinese statute,
 * so both kinds of query find it.
 */
export function lawRecords(
  locale: Locale,
  articles: EntryData<'law'>[],
  explanations: Map<number, MarkdownEntry<EntryData<'lawExplanations'>>>,
  summaries: Map<number, MarkdownEntry<EntryData<'lawSummaries'>>>,
): SearchRecord[] {
  return articles.map((article) => {
    const explanation = explanations.get(article.number);
    const summary = locale === 'bo' ? summaries.get(article.number) : undefined;
    return {
      url: href.law(locale, article.number),
      // A Tibetan result names the article in Tibetan; the Chinese label stays findable in the text.
      title: plainText(lawArticleLabel(locale, article.number), explanation?.data.title),
      type: 'law',
      text: plainText(
        summary && markdownText(summary.body ?? ''),
        explanation && markdownText(explanation.body ?? ''),
        locale === 'bo' ? article.label : undefined,
        article.text,
      ),
    };
  });
}

export const guideRecord = (
  locale: Locale,
  slug: string,
  { data, body }: MarkdownEntry<EntryData<'guides'>>,
): SearchRecord => ({
  url: href.guide(locale, slug),
  title: plainText(data.title),
  type: 'guide',
  text: plainText(data.keyMessage, markdownText(body ?? '')),
  lead: plainText(data.keyMessage),
});

export const campaignRecord = (locale: Locale, { data, body }: MarkdownEntry<EntryData<'campaign'>>): SearchRecord => ({
  url: href.campaign(locale, data.audience),
  title: plainText(data.title),
  type: 'campaign',
  text: plainText(data.who, ...data.risks, ...data.steps.map((step) => step.text), markdownText(body ?? '')),
});

export const checklistRecord = (locale: Locale, slug: string, data: EntryData<'checklists'>): SearchRecord => ({
  url: href.checklist(locale, slug),
  title: plainText(data.title),
  type: 'checklist',
  text: plainText(
    data.intro,
    ...data.groups.flatMap((group) => [group.title, ...group.items.map((item) => item.text)]),
  ),
});

/**
 * A quiz question in the reader's language. It leads to a set that asks it, where it can be
 * practised, or to the quiz page when no set has it yet; the fragment keeps each address distinct.
 */
export const questionRecord = (
  locale: Locale,
  id: string,
  data: EntryData<'quizQuestions'>,
  set?: string,
): SearchRecord => ({
  url: `${set ? href.quiz(locale, set) : href.quizIndex(locale)}#${id}`,
  title: plainText(data.prompt[locale]),
  type: 'quiz',
  text: plainText(...('options' in data ? data.options : []).map((option) => option[locale]), data.explanation[locale]),
});
