import type { Labels } from '../../i18n/t.ts';
import type { QuizItem } from '../quiz/types.ts';

/** A set as the chooser lists it; its questions are fetched from `questionsUrl` once chosen. */
export interface ClassroomSet {
  id: string;
  title: string;
  count: number;
  questionsUrl: string;
}

/** Every `classroom.*` string of the dictionary, without the prefix, and four quiz ones. */
export type ClassroomLabels = Labels<'classroom'> & {
  true: string;
  false: string;
  explanation: string;
  theAnswer: string;
};

export type { QuizItem };
