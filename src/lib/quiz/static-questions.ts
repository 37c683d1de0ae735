import type { Locale } from '../../i18n/locales.ts';
import type { QuizItem } from '../../islands/quiz/types.ts';

/**
 * A quiz page carries its questions once: as the readable list every reader gets before (or
 * without) JavaScript (`StaticQuestionList.tsx`). The quiz island reads them back from that list
 * instead of receiving a second copy as island props, which cost 2.2–2.5 KB more on the wire per page.
 * These names are the contract between the list and its reader.
 */
export const STATIC_QUESTIONS = {
  /** On the list's `<ol>`. */
  list: 'data-quiz-questions',
  /** On each question's `<li>`: `single`, `multiple` or `truefalse`. */
  type: 'data-type',
  /** On a true/false question's `<li>`: `true` or `false`. */
  answer: 'data-answer',
  /** On each right option's `<li>`. */
  correct: 'data-correct',
  /** Classes of the parts read back. */
  prompt: 'prompt',
  options: 'static-options',
  explanation: 'explanation',
} as const;

const TYPES = new Set<QuizItem['type']>(['single', 'multiple', 'truefalse']);

/** The other language is left empty, as `keepLanguage` leaves it on the page. */
const inLanguage = (lang: Locale, text: string) => (lang === 'zh' ? { zh: text, bo: '' } : { zh: '', bo: text });

/**
 * The questions of a list written by `StaticQuestionList`, or undefined when the list is missing or
 * a question cannot be read whole (the page then keeps showing the list, which still works on paper).
 */
export function readStaticQuestions(root: ParentNode, lang: Locale): QuizItem[] | undefined {
  const list = root.querySelector(`[${STATIC_QUESTIONS.list}]`);
  if (!list) return undefined;
  const items: QuizItem[] = [];
  for (const li of Array.from(list.children)) {
    const type = li.getAttribute(STATIC_QUESTIONS.type) as QuizItem['type'] | null;
    const prompt = li.querySelector(`.${STATIC_QUESTIONS.prompt}`)?.textContent;
    const explanation = li.querySelector(`.${STATIC_QUESTIONS.explanation}`);
    const link = explanation?.parentElement?.querySelector('a');
    if (!li.id || !type || !TYPES.has(type) || !prompt || !explanation || !link) return undefined;
    const options = Array.from(li.querySelectorAll(`.${STATIC_QUESTIONS.options} > li`), (option) => ({
      ...inLanguage(lang, option.textContent ?? ''),
      correct: option.hasAttribute(STATIC_QUESTIONS.correct),
    }));
    const answer = li.getAttribute(STATIC_QUESTIONS.answer);
    if (type === 'truefalse' ? answer !== 'true' && answer !== 'false' : options.length < 2) return undefined;
    items.push({
      id: li.id,
      type,
      prompt: inLanguage(lang, prompt),
      options,
      ...(type === 'truefalse' ? { answer: answer === 'true' } : {}),
      explanation: inLanguage(lang, explanation.textContent ?? ''),
      source: { href: link.getAttribute('href') ?? '', label: link.textContent ?? '' },
    });
  }
  return items.length > 0 ? items : undefined;
}
