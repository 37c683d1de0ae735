/**
 * What the player shows at a position of its endless loop. Regular slides repeat in playlist order;
 * after every `quizEvery` regular slides comes a quiz round, each with the next question, so the
 * questions keep turning over instead of restarting with the playlist.
 * Positions are plain integers (negative when a presenter steps back past the start), which keeps
 * "next" and "previous" trivial and lets the loop run all day.
 */

export interface SequenceShape {
  /** Regular slides in the playlist (at least 1). */
  slides: number;
  /** Quiz questions available; 0 means no quiz rounds. */
  questions: number;
  /** Regular slides between two quiz rounds. */
  quizEvery: number;
}

export type SequenceItem = { kind: 'slide'; index: number } | { kind: 'quiz'; index: number };

/** Modulo that stays positive for negative positions. */
const wrap = (value: number, size: number) => ((value % size) + size) % size;

export function sequenceItem(position: number, { slides, questions, quizEvery }: SequenceShape): SequenceItem {
  if (slides < 1) throw new RangeError('a playlist needs at least one slide');
  if (questions < 1 || quizEvery < 1) return { kind: 'slide', index: wrap(position, slides) };
  const block = quizEvery + 1;
  const round = Math.floor(position / block);
  const offset = wrap(position, block);
  return offset < quizEvery
    ? { kind: 'slide', index: wrap(round * quizEvery + offset, slides) }
    : { kind: 'quiz', index: wrap(round, questions) };
}
