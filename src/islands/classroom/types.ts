import type { UiKey } from '../../i18n/ui/zh.ts';
import type { QuizItem } from '../quiz/types.ts';

/** A set as the chooser lists it; its questions are fetched from `questionsUrl` once chosen. */
export interface ClassroomSet {
  id: string;
  title: string;
  count: number;
  questionsUrl: string;
}

type WithoutPrefix<K> = K extends `classroom.${infer Rest}` ? Rest : never;
type ClassroomKey = WithoutPrefix<UiKey>;

/** Every `classroom.*` string of the dictionary, without the prefix, and three quiz ones. */
export type ClassroomLabels = Record<ClassroomKey, string> & { true: string; false: string; explanation: string };

export type { QuizItem };
