import type { Locale } from '../../i18n/locales.ts';
import { markdownText, plainText } from './markdown-text.ts';
import { pageUrl, type SearchRecord } from './search-record.ts';

/** A Markdown entry: frontmatter and body. */
export interface MarkdownEntry<T> {
  data: T;
  body: string;
}

interface Article {
  number: number;
  label: string;
  text: string;
}

/**
 * Law article pages: the Chinese page has the statute and the Chinese explanation; the Tibetan page
 * has the unofficial Tibetan summary, the Tibetan explanation and the authoritative Chinese statute,
 * so both kinds of query find it.
 */
export function lawRecords(
  locale: Locale,
  articles: Article[],
  explanations: Map<number, MarkdownEntry<{ title: string }>>,
  summaries: Map<number, MarkdownEntry<unknown>>,
): SearchRecord[] {
  return articles.map((article) => {
    const explanation = explanations.get(article.number);
    const summary = locale === 'bo' ? summaries.get(article.number) : undefined;
    return {
      url: pageUrl(locale, `/law/${article.number}/`),
      title: plainText(article.label, explanation?.data.title),
      type: 'law',
      text: plainText(
        summary && markdownText(summary.body),
        explanation && markdownText(explanation.body),
        article.text,
      ),
    };
  });
}

export interface GuideData {
  title: string;
  keyMessage: string;
}

export const guideRecord = (locale: Locale, slug: string, { data, body }: MarkdownEntry<GuideData>): SearchRecord => ({
  url: pageUrl(locale, `/guides/${slug}/`),
  title: plainText(data.title),
  type: 'guide',
  text: plainText(data.keyMessage, markdownText(body)),
});

export interface CampaignData {
  title: string;
  who: string;
  risks: string[];
  steps: { text: string }[];
}

export const campaignRecord = (
  locale: Locale,
  audience: string,
  { data, body }: MarkdownEntry<CampaignData>,
): SearchRecord => ({
  url: pageUrl(locale, `/campaign/${audience}/`),
  title: plainText(data.title),
  type: 'campaign',
  text: plainText(data.who, ...data.risks, ...data.steps.map((step) => step.text), markdownText(body)),
});

export interface ChecklistData {
  title: string;
  intro: string;
  groups: { title: string; items: { text: string }[] }[];
}

export const checklistRecord = (locale: Locale, slug: string, data: ChecklistData): SearchRecord => ({
  url: pageUrl(locale, `/checklists/${slug}/`),
  title: plainText(data.title),
  type: 'checklist',
  text: plainText(
    data.intro,
    ...data.groups.flatMap((group) => [group.title, ...group.items.map((item) => item.text)]),
  ),
});

type Bilingual = Record<Locale, string>;
export interface QuestionData {
  prompt: Bilingual;
  options?: Bilingual[];
  explanation: Bilingual;
}

/**
 * A quiz question in the reader's language. It leads to a set that asks it, where it can be
 * practised, or to the quiz page when no set has it yet; the fragment keeps each address distinct.
 */
export const questionRecord = (locale: Locale, id: string, data: QuestionData, set?: string): SearchRecord => ({
  url: pageUrl(locale, `/quiz/${set ? `${set}/` : ''}#${id}`),
  title: plainText(data.prompt[locale]),
  type: 'quiz',
  text: plainText(...(data.options ?? []).map((option) => option[locale]), data.explanation[locale]),
});
