/**
 * The 知识竞赛 scoreboard for one projector: teams, rounds, scoring and undo, as a pure reducer.
 * Rounds: `required` (必答: each team in turn), `buzz` (抢答: the host picks who answered first),
 * `risk` (风险: the team wagers points on its answer).
 */
export type RoundKind = 'required' | 'buzz' | 'risk';

export const ROUNDS: readonly RoundKind[] = ['required', 'buzz', 'risk'];
export const POINTS = { required: 10, buzzRight: 10, buzzWrong: -10 } as const;
export const WAGERS = [10, 20, 30] as const;
export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;

export interface Team {
  name: string;
  score: number;
}

export interface Competition {
  teams: Team[];
  round: RoundKind;
  /** Whose turn it is in a required round; the team picked in a buzz or risk round. */
  activeTeam: number | undefined;
  /** Points wagered in a risk round. */
  wager: number;
  /** Index into the question list. */
  question: number;
  revealed: boolean;
  /** Scoring actions, newest last, for undo. A question with an entry here is judged, and locked. */
  history: Judgement[];
  /** The final ranking is on screen. */
  finished: boolean;
}

export interface Judgement {
  team: number;
  points: number;
  question: number;
}

export type Action =
  | { type: 'round'; round: RoundKind }
  | { type: 'nextRound' }
  | { type: 'pickTeam'; team: number }
  /** A buzzer box (or a digit key) in a buzz round: the first team to press holds the question. */
  | { type: 'buzz'; team: number }
  | { type: 'wager'; points: number }
  | { type: 'nextWager' }
  | { type: 'finish'; finished: boolean }
  | { type: 'reveal' }
  | { type: 'judge'; correct: boolean }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'undo' };

/** Team names as typed, trimmed; blank lines dropped; at most 8; a clear reason when unusable. */
export function parseTeams(lines: readonly string[]): { teams: string[]; problem?: 'too-few' | 'too-many' } {
  const teams = lines.map((line) => line.trim().slice(0, 40)).filter(Boolean);
  if (teams.length < MIN_TEAMS) return { teams, problem: 'too-few' };
  if (teams.length > MAX_TEAMS) return { teams: teams.slice(0, MAX_TEAMS), problem: 'too-many' };
  return { teams };
}

export function startCompetition(names: readonly string[], round: RoundKind = 'required'): Competition {
  return {
    teams: names.map((name) => ({ name, score: 0 })),
    round,
    activeTeam: round === 'required' ? 0 : undefined,
    wager: WAGERS[0],
    question: 0,
    revealed: false,
    history: [],
    finished: false,
  };
}

/** Whether the question on screen has been scored: a second Y or N then does nothing (U still undoes). */
export const isJudged = (state: Competition) => state.history.some((entry) => entry.question === state.question);

const award = (state: Competition, team: number, points: number): Competition => ({
  ...state,
  teams: state.teams.map((t, i) => (i === team ? { ...t, score: t.score + points } : t)),
  history: [...state.history, { team, points, question: state.question }],
});

/** Points a judgement is worth in the current round. */
export function pointsFor(state: Competition, correct: boolean): number {
  if (state.round === 'required') return correct ? POINTS.required : 0;
  if (state.round === 'buzz') return correct ? POINTS.buzzRight : POINTS.buzzWrong;
  return correct ? state.wager : -state.wager;
}

export function competitionReducer(state: Competition, action: Action): Competition {
  switch (action.type) {
    case 'round':
      return {
        ...state,
        round: action.round,
        activeTeam: action.round === 'required' ? 0 : undefined,
        revealed: false,
      };
    case 'nextRound':
      return competitionReducer(state, {
        type: 'round',
        round: ROUNDS[(ROUNDS.indexOf(state.round) + 1) % ROUNDS.length]!,
      });
    case 'pickTeam':
      if (isJudged(state)) return state;
      return action.team >= 0 && action.team < state.teams.length ? { ...state, activeTeam: action.team } : state;
    case 'buzz':
      // Only the first press counts; later presses (and other rounds' digits) go to pickTeam or nowhere.
      if (state.round !== 'buzz') return competitionReducer(state, { type: 'pickTeam', team: action.team });
      return state.activeTeam === undefined
        ? competitionReducer(state, { type: 'pickTeam', team: action.team })
        : state;
    case 'wager':
      if (isJudged(state)) return state;
      return (WAGERS as readonly number[]).includes(action.points) ? { ...state, wager: action.points } : state;
    case 'nextWager':
      return competitionReducer(state, {
        type: 'wager',
        points: WAGERS[(WAGERS.indexOf(state.wager as (typeof WAGERS)[number]) + 1) % WAGERS.length]!,
      });
    case 'finish':
      return { ...state, finished: action.finished };
    case 'reveal':
      return { ...state, revealed: true };
    case 'judge': {
      if (state.activeTeam === undefined || isJudged(state)) return state;
      return award(state, state.activeTeam, pointsFor(state, action.correct));
    }
    case 'next': {
      const nextTeam = ((state.activeTeam ?? -1) + 1) % state.teams.length;
      const buzzOrRisk = state.round !== 'required';
      return {
        ...state,
        question: state.question + 1,
        revealed: false,
        activeTeam: buzzOrRisk ? undefined : nextTeam,
      };
    }
    case 'previous':
      if (state.finished) return { ...state, finished: false };
      return state.revealed ? { ...state, revealed: false } : { ...state, question: Math.max(0, state.question - 1) };
    case 'undo': {
      const last = state.history.at(-1);
      if (!last) return state;
      return {
        ...state,
        // Back to the judged question, so the room sees what was undone.
        question: last.question,
        activeTeam: last.team,
        teams: state.teams.map((t, i) => (i === last.team ? { ...t, score: t.score - last.points } : t)),
        history: state.history.slice(0, -1),
      };
    }
  }
}

/** Teams from the highest score down; ties keep their order. */
export const ranking = (teams: readonly Team[]) =>
  teams.map((team, index) => ({ ...team, index })).sort((a, b) => b.score - a.score || a.index - b.index);
