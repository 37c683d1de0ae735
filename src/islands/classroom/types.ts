import type { QuizItem } from '../quiz/types.ts';

export interface ClassroomSet {
  id: string;
  title: string;
  questionIds: string[];
}

export interface ClassroomLabels {
  chooseSet: string;
  teams: string;
  teamsHint: string;
  defaultTeams: string;
  tooFewTeams: string;
  tooManyTeams: string;
  secondsPerQuestion: string;
  bothLanguages: string;
  start: string;
  keysHelp: string;
  required: string;
  buzz: string;
  risk: string;
  round: string;
  question: string;
  timer: string;
  startTimer: string;
  reveal: string;
  right: string;
  wrong: string;
  next: string;
  undo: string;
  wager: string;
  pickTeam: string;
  turnOf: string;
  scoreboard: string;
  finished: string;
  newCompetition: string;
  continued: string;
  corrupt: string;
  notSaved: string;
  true: string;
  false: string;
  explanation: string;
  points: string;
}

export type { QuizItem };
