import type { SequenceItem } from './sequence-item.ts';
import type { ItemTiming } from './step-player.ts';

/** A quiz round: time to think (the countdown), then time to read the answer and why, in two languages. */
export const QUIZ_THINK_SECONDS = 15;
export const QUIZ_REVEAL_SECONDS = 15;
/** A quiz round after every this many regular slides. */
export const QUIZ_EVERY = 4;

/** How long an item stays on screen: its own `seconds`, or the crew's `interval` for every regular slide. */
export function itemTiming(item: SequenceItem, slides: readonly { seconds: number }[], interval?: number): ItemTiming {
  if (item.kind === 'quiz') {
    return { durationMs: (QUIZ_THINK_SECONDS + QUIZ_REVEAL_SECONDS) * 1000, revealAtMs: QUIZ_THINK_SECONDS * 1000 };
  }
  return { durationMs: (interval ?? slides[item.index]!.seconds) * 1000 };
}
