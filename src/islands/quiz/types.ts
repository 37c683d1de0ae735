import type { Answer } from '../../lib/quiz/scoring.ts';

/** A question as the quiz islands get it: both languages, with the source already made a link. */
export interface QuizItem {
  id: string;
  type: 'single' | 'multiple' | 'truefalse';
  prompt: { zh: string; bo: string };
  options: { zh: string; bo: string; correct: boolean }[];
  /** For true/false questions. */
  answer?: boolean;
  explanation: { zh: string; bo: string };
  source: { href: string; label: string };
}

export type Lang = 'zh' | 'bo';
export { HTML_LANG } from '../../i18n/locales.ts';

/** Translated strings the quiz islands show; built in the .astro page from the dictionaries. */
export interface QuizLabels {
  practice: string;
  exam: string;
  question: string;
  check: string;
  next: string;
  previous: string;
  right: string;
  wrong: string;
  theAnswer: string;
  explanation: string;
  source: string;
  chooseOne: string;
  chooseAll: string;
  true: string;
  false: string;
  finished: string;
  score: string;
  review: string;
  reviewEmpty: string;
  practiseWrong: string;
  practiceAll: string;
  restart: string;
  corrupt: string;
  notSaved: string;
  paperCode: string;
  paperHint: string;
  newPaper: string;
  usePaper: string;
  paperField: string;
  resumed: string;
  badPaper: string;
  badMode: string;
  timeLimit: string;
  noLimit: string;
  minutes: string;
  start: string;
  submit: string;
  timeLeft: string;
  timeUp: string;
  passed: string;
  notPassed: string;
  passMark: string;
  certificate: string;
  yourName: string;
  nameHint: string;
  printCertificate: string;
  certificateTitle: string;
  certificateBody: string;
  date: string;
  unanswered: string;
}

export type { Answer };
