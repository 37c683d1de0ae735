import type { Locale } from '@/i18n/locales.ts';
import { labels } from '@/i18n/t.ts';
import type { QuizLabels } from '@/islands/quiz/types.ts';
import { QUIZ_LABEL_KEYS } from '@/islands/quiz/types.ts';

/** The quiz islands' strings in one language, picked from the dictionary in the .astro page. */
export const quizLabels = (locale: Locale): QuizLabels => labels(locale, 'quiz', QUIZ_LABEL_KEYS);
