import { describe, expect, it } from 'vitest';
import { initialPlayer, stepPlayer, type ItemTiming, type PlayerAction, type PlayerState } from './step-player.ts';

// Even positions are 10 s slides, odd positions are quiz rounds: 15 s countdown, then 12 s answer.
const timing = (position: number): ItemTiming =>
  position % 2 === 0 ? { durationMs: 10_000 } : { durationMs: 27_000, revealAtMs: 15_000 };

const play = (actions: PlayerAction[], from: PlayerState = initialPlayer()) =>
  actions.reduce((state, action) => stepPlayer(state, action, timing), from);
const tick = (ms: number): PlayerAction => ({ type: 'tick', ms });

describe('the player over time', () => {
  it.each([
    ['stays on a slide until its time is up', [tick(4_000), tick(5_000)], { position: 0, elapsedMs: 9_000 }],
    ['moves on when the time is up', [tick(6_000), tick(4_000)], { position: 1, elapsedMs: 0 }],
    [
      'reveals a quiz answer after the countdown, then moves on',
      [tick(10_000), tick(15_000)],
      { position: 1, elapsedMs: 15_000 },
    ],
    [
      'leaves the quiz round after the answer',
      [tick(10_000), tick(15_000), tick(12_000)],
      { position: 2, elapsedMs: 0 },
    ],
    ['after a long sleep moves on by one item only', [tick(3_600_000)], { position: 1, elapsedMs: 0 }],
    ['ignores a clock that went backwards', [tick(2_000), tick(-60_000)], { position: 0, elapsedMs: 2_000 }],
  ] as const)('%s', (_name, actions, expected) => {
    expect(play([...actions])).toMatchObject(expected);
  });

  it('stands still while paused and carries on where it was after resuming', () => {
    const paused = play([tick(3_000), { type: 'toggle-pause' }, tick(60_000)]);
    expect(paused).toMatchObject({ position: 0, elapsedMs: 3_000, paused: true });
    expect(play([{ type: 'toggle-pause' }, tick(2_000)], paused)).toMatchObject({
      position: 0,
      elapsedMs: 5_000,
      paused: false,
    });
  });

  it('stands still while the screen is blank', () => {
    expect(play([tick(1_000), { type: 'toggle-blank' }, tick(60_000)])).toMatchObject({
      position: 0,
      elapsedMs: 1_000,
      blank: true,
    });
  });
});

describe('presenter keys', () => {
  it.each([
    ['next goes to the next slide', [tick(3_000), { type: 'next' }], { position: 1, elapsedMs: 0 }],
    ['previous goes back past the start', [{ type: 'previous' }], { position: -1, elapsedMs: 0 }],
    [
      'next during a quiz countdown reveals the answer',
      [{ type: 'next' }, tick(2_000), { type: 'next' }],
      { position: 1, elapsedMs: 15_000 },
    ],
    [
      'next after the answer leaves the quiz round',
      [{ type: 'next' }, { type: 'next' }, { type: 'next' }],
      { position: 2, elapsedMs: 0 },
    ],
    [
      'previous after the answer restarts the countdown',
      [{ type: 'next' }, { type: 'next' }, { type: 'previous' }],
      { position: 1, elapsedMs: 0 },
    ],
    [
      'previous during the countdown goes to the slide before',
      [{ type: 'next' }, tick(1_000), { type: 'previous' }],
      { position: 0, elapsedMs: 0 },
    ],
    ['next ends a blank screen', [{ type: 'toggle-blank' }, { type: 'next' }], { position: 1, blank: false }],
    ['previous ends a blank screen', [{ type: 'toggle-blank' }, { type: 'previous' }], { position: -1, blank: false }],
    [
      'B twice shows the slide again',
      [{ type: 'toggle-blank' }, { type: 'toggle-blank' }],
      { position: 0, blank: false },
    ],
    [
      'paging keeps a paused show paused',
      [{ type: 'toggle-pause' }, { type: 'next' }, tick(30_000)],
      { position: 1, elapsedMs: 0, paused: true },
    ],
  ] as const)('%s', (_name, actions, expected) => {
    expect(play([...actions])).toMatchObject(expected);
  });
});
