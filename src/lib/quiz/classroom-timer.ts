/**
 * The question timer, as data: saved with the competition, so a reload or a reveal never resets
 * it. Times are wall-clock milliseconds (Date.now()), so it keeps running while the page reloads.
 */
export type QuestionTimer =
  | { question: number; endsAt: number }
  /** Paused with this many milliseconds left. */
  | { question: number; leftMs: number };

/** T (or Space): starts the timer for this question, pauses it, or carries on from the pause. */
export function toggleTimer(
  timer: QuestionTimer | undefined,
  question: number,
  seconds: number,
  now: number,
): QuestionTimer {
  if (!timer || timer.question !== question) return { question, endsAt: now + seconds * 1000 };
  if ('leftMs' in timer) return { question, endsAt: now + timer.leftMs };
  const leftMs = timer.endsAt - now;
  // Run out: T starts it again for a second try.
  return leftMs <= 0 ? { question, endsAt: now + seconds * 1000 } : { question, leftMs };
}

/** Whole seconds left for the question on screen (its full time before T is pressed). */
export function secondsLeft(timer: QuestionTimer | undefined, question: number, seconds: number, now: number) {
  if (!timer || timer.question !== question) return seconds;
  const ms = 'leftMs' in timer ? timer.leftMs : timer.endsAt - now;
  return Math.max(0, Math.ceil(ms / 1000));
}

export type TimerPhase = 'idle' | 'running' | 'paused' | 'up';

export function timerPhase(timer: QuestionTimer | undefined, question: number, now: number): TimerPhase {
  if (!timer || timer.question !== question) return 'idle';
  if ('leftMs' in timer) return 'paused';
  return timer.endsAt - now > 0 ? 'running' : 'up';
}

export function validTimer(value: unknown): value is QuestionTimer {
  if (!value || typeof value !== 'object') return false;
  const t = value as Record<string, unknown>;
  return Number.isInteger(t['question']) && (Number.isFinite(t['endsAt']) || Number.isFinite(t['leftMs']));
}
