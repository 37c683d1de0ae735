import type { Labels } from '../../i18n/t.ts';
import type { Bilingual } from '@/i18n/locales.ts';
import type { Answer } from '../../lib/quiz/scoring.ts';

/** A question as the quiz islands get it: both languages, with the source already made a link. */
export interface QuizItem {
  id: string;
  type: 'single' | 'multiple' | 'truefalse';
  prompt: Bilingual;
  options: (Bilingual & { correct: boolean })[];
  /** For true/false questions. */
  answer?: boolean;
  explanation: Bilingual;
  source: { href: string; label: string };
}

/** The `quiz.*` UI strings the quiz islands show: the names are the dictionary's own keys. */
export const QUIZ_LABEL_KEYS = [
  'practice',
  'exam',
  'question',
  'check',
  'next',
  'previous',
  'right',
  'wrong',
  'theAnswer',
  'explanation',
  'source',
  'chooseOne',
  'chooseAll',
  'true',
  'false',
  'finished',
  'score',
  'review',
  'reviewEmpty',
  'practiseWrong',
  'restart',
  'corrupt',
  'notSaved',
  'paperCode',
  'paperHint',
  'newPaper',
  'usePaper',
  'badPaper',
  'badMode',
  'timeLimit',
  'noLimit',
  'minutes',
  'start',
  'submit',
  'timeLeft',
  'timeUp',
  'passed',
  'notPassed',
  'passMark',
  'certificate',
  'yourName',
  'nameHint',
  'printCertificate',
  'certificateTitle',
  'certificateBody',
  'date',
  'unanswered',
  'practiceAll',
  'paperField',
  'resumed',
  'answersDropped',
  'nameCorrupt',
  'nameNotSaved',
  'examNotLoaded',
] as const;
/** Translated strings the quiz islands show; picked in the .astro page from the dictionary. */
export type QuizLabels = Labels<'quiz', (typeof QUIZ_LABEL_KEYS)[number]>;

export type { Answer };
