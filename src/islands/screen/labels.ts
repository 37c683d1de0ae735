import type { Pair } from '../../lib/screen/screen-data.ts';

/** Everything the player writes on screen, in both languages (translated by the page, never here). */
export interface ScreenLabels {
  /** "火警" beside 119 in the bar. */
  fire: Pair;
  paused: Pair;
  /** "the Tibetan is a draft", shown small while such a slide is on. */
  draft: Pair;
  quiz: Pair;
  multiple: Pair;
  answer: Pair;
  /** "answer in {s} s" for screen readers; the countdown itself is a number. */
  countdown: Pair;
  /** "{param}={value} is not valid … Accepted: {expected}" */
  badParam: Pair;
  /** The group of on-screen buttons. */
  controls: Pair;
  previous: Pair;
  next: Pair;
  pause: Pair;
  resume: Pair;
  fullscreen: Pair;
  blank: Pair;
  list: Pair;
  /** Each language's own name, under its QR code. */
  endonym: Pair;
}
