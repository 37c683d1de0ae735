import type { Bilingual } from '@/i18n/locales.ts';
import { getCollection } from 'astro:content';
import type { QuizItem } from '@/islands/quiz/types.ts';
import type { Locale } from '@/i18n/locales.ts';
import type { QuizQuestion } from '@/schemas/quiz.ts';
import { lawCitation } from '@/lib/law/law-citation.ts';
import { loadGuides } from './collections.ts';
import { href } from '@/site/routes.ts';

let questions: Promise<Map<string, QuizQuestion>> | undefined;
const loadQuestions = () =>
  (questions ??= getCollection('quizQuestions').then((entries) => new Map(entries.map((e) => [e.id, e.data]))));

/** Quiz questions as the islands take them, with the source turned into a link in the reader's language. */
export async function quizItems(locale: Locale, ids: readonly string[]): Promise<QuizItem[]> {
  const all = await loadQuestions();
  const guides = await loadGuides();
  return ids.map((id) => {
    const question = all.get(id);
    if (!question)
      throw new Error(`quiz set lists question "${id}", but content/quiz/questions/${id}.yaml does not exist`);
    const { source } = question;
    const link =
      source.type === 'law'
        ? {
            href: href.law(locale, source.article),
            label: lawCitation(locale, source.article),
          }
        : source.type === 'guide'
          ? {
              href: href.guide(locale, source.slug),
              label: (guides.get(locale, source.slug) ?? guides.get('zh', source.slug))?.data.title ?? source.slug,
            }
          : { href: source.url ?? '#', label: source.title };
    return {
      id,
      type: question.type,
      prompt: question.prompt,
      options:
        question.type === 'truefalse' ? [] : question.options.map(({ zh, bo, correct }) => ({ zh, bo, correct })),
      ...(question.type === 'truefalse' ? { answer: question.answer } : {}),
      explanation: question.explanation,
      source: link,
    };
  });
}

export async function loadSets() {
  return (await getCollection('quizSets')).sort(
    (a, b) => a.data.level.localeCompare(b.data.level) || a.id.localeCompare(b.id),
  );
}

/**
 * A practice page shows one language: dropping the other halves the question data the page carries
 * (it rides in the HTML, which a phone on 2G downloads before anything else).
 */
export function keepLanguage(item: QuizItem, locale: Locale): QuizItem {
  const pick = (text: Bilingual) => (locale === 'zh' ? { zh: text.zh, bo: '' } : { zh: '', bo: text.bo });
  return {
    ...item,
    prompt: pick(item.prompt),
    explanation: pick(item.explanation),
    options: item.options.map((option) => ({ ...pick(option), correct: option.correct })),
  };
}
