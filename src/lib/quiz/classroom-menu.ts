import { isJudged, ROUNDS, WAGERS, type Competition, type RoundKind } from './classroom.ts';

/**
 * The host menu, for a presenter remote that has no letter keys: Esc or F5 opens it, → and ←
 * move along it, "." or B (or Enter) chooses. Everything the keyboard does by letter is here.
 */
export type MenuItem =
  | { kind: 'right' }
  | { kind: 'wrong' }
  | { kind: 'team'; team: number }
  | { kind: 'round'; round: RoundKind }
  | { kind: 'wager'; points: number }
  | { kind: 'timer' }
  | { kind: 'undo' }
  | { kind: 'languages' }
  | { kind: 'sound' }
  | { kind: 'results' };

export function menuItems(state: Competition): MenuItem[] {
  const open = !isJudged(state);
  return [
    ...(open && state.activeTeam !== undefined ? [{ kind: 'right' } as const, { kind: 'wrong' } as const] : []),
    ...(open ? state.teams.map((_, team) => ({ kind: 'team', team }) as const) : []),
    ...(open && state.round === 'risk' ? WAGERS.map((points) => ({ kind: 'wager', points }) as const) : []),
    { kind: 'timer' },
    ...(state.history.length > 0 ? [{ kind: 'undo' } as const] : []),
    ...ROUNDS.map((round) => ({ kind: 'round', round }) as const),
    { kind: 'languages' },
    { kind: 'sound' },
    { kind: 'results' },
  ];
}

/**
 * Where the highlight starts: on what the host most likely wants next, so one press of "."
 * usually does it: judge the team that answered, else pick a team (a buzz or risk round).
 */
export function defaultMenuIndex(items: readonly MenuItem[], state: Competition): number {
  const wanted = state.activeTeam === undefined ? 'team' : 'right';
  return Math.max(
    0,
    items.findIndex((item) => item.kind === wanted),
  );
}
