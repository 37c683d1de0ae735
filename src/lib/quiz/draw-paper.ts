import { seededRandom, stableHash } from './seeded-random.ts';
import { shuffle } from './shuffle.ts';

export interface PaperQuestion {
  id: string;
  /** Display order of the question's options, as indexes into its options (empty for true/false). */
  optionOrder: number[];
}

/**
 * The exam paper a code stands for: which questions, in which order, with options in which order.
 * The same code and question bank give the same paper on every device, so one code serves a class.
 */
export function drawPaper(
  questions: readonly { id: string; optionCount: number }[],
  size: number,
  code: string,
): PaperQuestion[] {
  const random = seededRandom(stableHash(code));
  const sorted = [...questions].sort((a, b) => a.id.localeCompare(b.id));
  return shuffle(sorted, random)
    .slice(0, Math.min(size, sorted.length))
    .map(({ id, optionCount }) => ({ id, optionOrder: shuffle([...Array(optionCount).keys()], random) }));
}
