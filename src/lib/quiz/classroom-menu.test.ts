import { describe, expect, it } from 'vitest';
import { competitionReducer, startCompetition, type Action, type Competition } from './classroom.ts';
import { defaultMenuIndex, menuItems } from './classroom-menu.ts';

const run = (state: Competition, ...actions: Action[]) => actions.reduce(competitionReducer, state);
const kinds = (state: Competition) => menuItems(state).map((item) => item.kind);
const first = (state: Competition) => menuItems(state)[defaultMenuIndex(menuItems(state), state)];

describe('host menu for a presenter remote', () => {
  it('starts on "right" when a team is answering', () => {
    expect(first(startCompetition(['A', 'B']))).toEqual({ kind: 'right' });
  });

  it('starts on the first team in a buzz round nobody has buzzed yet', () => {
    expect(first(startCompetition(['A', 'B'], 'buzz'))).toEqual({ kind: 'team', team: 0 });
  });

  it('offers the wagers in a risk round only', () => {
    expect(kinds(startCompetition(['A', 'B'], 'risk'))).toContain('wager');
    expect(kinds(startCompetition(['A', 'B'], 'buzz'))).not.toContain('wager');
  });

  it('offers no judging, team or wager on a judged question, but undo', () => {
    const judged = run(startCompetition(['A', 'B']), { type: 'judge', correct: true });
    expect(kinds(judged)).not.toContain('right');
    expect(kinds(judged)).not.toContain('team');
    expect(kinds(judged)).toContain('undo');
  });

  it('always lets the host change the round and see the results', () => {
    for (const round of ['required', 'buzz', 'risk'] as const) {
      const items = menuItems(startCompetition(['A', 'B'], round));
      expect(items.filter((item) => item.kind === 'round')).toHaveLength(3);
      expect(items.at(-1)).toEqual({ kind: 'results' });
    }
  });
});
