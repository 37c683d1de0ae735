import type { Bilingual } from '../../i18n/locales.ts';
import type {} from '../../lib/screen/screen-data.ts';

/** Everything the player writes on screen, in both languages (translated by the page, never here). */
export interface ScreenLabels {
  /** "火警" beside 119 in the bar. */
  fire: Bilingual;
  paused: Bilingual;
  /** "the Tibetan is a draft", shown small while such a slide is on. */
  draft: Bilingual;
  quiz: Bilingual;
  multiple: Bilingual;
  answer: Bilingual;
  /** "answer in {s} s" for screen readers; the countdown itself is a number. */
  countdown: Bilingual;
  /** "{param}={value} is not valid … Accepted: {expected}" */
  badParam: Bilingual;
  /** The group of on-screen buttons. */
  controls: Bilingual;
  previous: Bilingual;
  next: Bilingual;
  pause: Bilingual;
  resume: Bilingual;
  fullscreen: Bilingual;
  blank: Bilingual;
  list: Bilingual;
  /** Each language's own name, under its QR code. */
  endonym: Bilingual;
  /** What a screen reader says for each language's QR code. */
  qrFor: Bilingual;
}
