/**
 * The player's state and how keys and time change it. Pure, so the timing rules (what → does during
 * a quiz round, what happens after the laptop slept) are tested without a browser.
 */

export interface PlayerState {
  /** Position in the endless loop (see sequence-item.ts). */
  position: number;
  /** Milliseconds the current item has been on screen while playing. */
  elapsedMs: number;
  paused: boolean;
  /** The presenter blanked the screen (B): black, and the clock of the slide stands still. */
  blank: boolean;
}

/** How long an item stays, and for a quiz round when its answer is revealed. */
export interface ItemTiming {
  durationMs: number;
  /** Set for quiz rounds: the countdown ends and the answer shows. */
  revealAtMs?: number;
}

export type PlayerAction =
  | { type: 'tick'; ms: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'toggle-pause' }
  | { type: 'toggle-blank' };

export const initialPlayer = (): PlayerState => ({ position: 0, elapsedMs: 0, paused: false, blank: false });

const at = (state: PlayerState, position: number): PlayerState => ({ ...state, position, elapsedMs: 0 });

export function stepPlayer(
  state: PlayerState,
  action: PlayerAction,
  timing: (position: number) => ItemTiming,
): PlayerState {
  const { durationMs, revealAtMs } = timing(state.position);
  const revealed = revealAtMs !== undefined && state.elapsedMs >= revealAtMs;
  switch (action.type) {
    case 'tick': {
      if (state.paused || state.blank || action.ms <= 0) return state;
      const elapsedMs = state.elapsedMs + action.ms;
      // At most one item per tick, starting fresh: after a long sleep the show resumes with the
      // next slide instead of racing through everything it missed.
      return elapsedMs >= durationMs ? at(state, state.position + 1) : { ...state, elapsedMs };
    }
    case 'next':
      // During a quiz countdown, "next" first reveals the answer, as a quiz host would.
      if (revealAtMs !== undefined && !revealed) return { ...state, blank: false, elapsedMs: revealAtMs };
      return { ...at(state, state.position + 1), blank: false };
    case 'previous':
      if (revealed) return { ...state, blank: false, elapsedMs: 0 };
      return { ...at(state, state.position - 1), blank: false };
    case 'toggle-pause':
      return { ...state, paused: !state.paused };
    case 'toggle-blank':
      return { ...state, blank: !state.blank };
  }
}
