import { describe, expect, it } from 'vitest';
import {
  competitionReducer,
  parseTeams,
  ranking,
  startCompetition,
  type Action,
  type Competition,
} from './classroom.ts';

const run = (state: Competition, ...actions: Action[]) => actions.reduce(competitionReducer, state);
const scores = (state: Competition) => state.teams.map((t) => t.score);

describe('classroom competition', () => {
  it('takes 2 to 8 named teams', () => {
    expect(parseTeams(['一班', '  ', '二班 '])).toEqual({ teams: ['一班', '二班'] });
    expect(parseTeams(['一班'])).toEqual({ teams: ['一班'], problem: 'too-few' });
    expect(parseTeams(Array.from({ length: 9 }, (_, i) => `T${i}`)).problem).toBe('too-many');
  });

  it('gives each team its turn in a required round', () => {
    let state = startCompetition(['A', 'B', 'C']);
    state = run(state, { type: 'reveal' }, { type: 'judge', correct: true }, { type: 'next' });
    expect(state.activeTeam).toBe(1);
    state = run(state, { type: 'reveal' }, { type: 'judge', correct: false }, { type: 'next' }, { type: 'next' });
    expect(state.activeTeam).toBe(0);
    expect(scores(state)).toEqual([10, 0, 0]);
  });

  it('scores a buzz round for the team the host picks, with a penalty for a wrong answer', () => {
    const state = run(
      startCompetition(['A', 'B'], 'buzz'),
      { type: 'judge', correct: true },
      { type: 'pickTeam', team: 1 },
      { type: 'judge', correct: false },
      { type: 'next' },
      { type: 'pickTeam', team: 0 },
      { type: 'judge', correct: true },
    );
    expect(scores(state)).toEqual([10, -10]);
  });

  it('locks a judged question: a second Y or N does nothing, undo opens it again', () => {
    let state = run(startCompetition(['A', 'B']), { type: 'judge', correct: true }, { type: 'judge', correct: true });
    expect(scores(state)).toEqual([10, 0]);
    state = run(
      state,
      { type: 'judge', correct: false },
      { type: 'pickTeam', team: 1 },
      { type: 'judge', correct: true },
    );
    expect(scores(state)).toEqual([10, 0]);
    state = run(state, { type: 'undo' }, { type: 'judge', correct: false });
    expect(scores(state)).toEqual([0, 0]);
    expect(state.history).toEqual([{ team: 0, points: 0, question: 0 }]);
  });

  it('gives a buzz-round question to the first buzzer pressed; later presses are ignored', () => {
    const state = run(startCompetition(['A', 'B', 'C'], 'buzz'), { type: 'buzz', team: 2 }, { type: 'buzz', team: 0 });
    expect(state.activeTeam).toBe(2);
    // The host can still hand it to another team, and the next question is open to all again.
    expect(run(state, { type: 'pickTeam', team: 1 }).activeTeam).toBe(1);
    expect(run(state, { type: 'next' }, { type: 'buzz', team: 0 }).activeTeam).toBe(0);
  });

  it('cycles rounds and wagers from single keys (R, W)', () => {
    let state = startCompetition(['A', 'B']);
    state = run(state, { type: 'nextRound' });
    expect(state.round).toBe('buzz');
    state = run(state, { type: 'nextRound' }, { type: 'pickTeam', team: 1 });
    expect(state.round).toBe('risk');
    expect(state.wager).toBe(10);
    state = run(state, { type: 'nextWager' }, { type: 'nextWager' });
    expect(state.wager).toBe(30);
    expect(run(state, { type: 'nextWager' }).wager).toBe(10);
    expect(run(state, { type: 'nextRound' }).round).toBe('required');
  });

  it('shows the final ranking and goes back from it with ←', () => {
    const state = run(startCompetition(['A', 'B']), { type: 'finish', finished: true });
    expect(state.finished).toBe(true);
    expect(run(state, { type: 'previous' })).toMatchObject({ finished: false, question: 0 });
  });

  it('adds or takes away the wager in a risk round', () => {
    const state = run(
      startCompetition(['A', 'B'], 'risk'),
      { type: 'pickTeam', team: 0 },
      { type: 'wager', points: 30 },
      { type: 'judge', correct: true },
      { type: 'next' },
      { type: 'pickTeam', team: 1 },
      { type: 'wager', points: 20 },
      { type: 'judge', correct: false },
      { type: 'wager', points: 25 },
    );
    expect(scores(state)).toEqual([30, -20]);
    expect(state.wager).toBe(20);
  });

  it('undoes the last scoring action, one at a time', () => {
    let state = run(
      startCompetition(['A', 'B']),
      { type: 'judge', correct: true },
      { type: 'next' },
      { type: 'judge', correct: true },
    );
    expect(scores(state)).toEqual([10, 10]);
    state = run(state, { type: 'undo' });
    expect(scores(state)).toEqual([10, 0]);
    state = run(state, { type: 'undo' }, { type: 'undo' });
    expect(scores(state)).toEqual([0, 0]);
  });

  it('steps back from an answer to its question, then to the previous question', () => {
    const state = run(startCompetition(['A', 'B']), { type: 'next' }, { type: 'reveal' });
    expect(run(state, { type: 'previous' })).toMatchObject({ question: 1, revealed: false });
    expect(run(state, { type: 'previous' }, { type: 'previous' })).toMatchObject({ question: 0 });
  });

  it('ignores a team that does not exist', () => {
    expect(run(startCompetition(['A', 'B'], 'buzz'), { type: 'pickTeam', team: 5 }).activeTeam).toBeUndefined();
  });

  it('ranks teams by score, keeping ties in order', () => {
    const state = run(
      startCompetition(['A', 'B', 'C'], 'buzz'),
      { type: 'pickTeam', team: 2 },
      { type: 'judge', correct: true },
      { type: 'next' },
      { type: 'pickTeam', team: 1 },
      { type: 'judge', correct: true },
    );
    expect(ranking(state.teams).map((t) => t.name)).toEqual(['B', 'C', 'A']);
  });
});
