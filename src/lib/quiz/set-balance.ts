/** What the set rules need to know about a question. */
export interface BankQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse';
  /** For true/false questions: whether the statement is true. */
  answer?: boolean;
  /** Fact ids the question tests (`covers` in the question file). */
  covers?: readonly string[];
}

/**
 * Share of true/false statements that are true, or null without any. Near 0.5 means that answering
 * "true" (or "false") to everything scores no better than knowing nothing.
 */
export function trueShare(questions: readonly BankQuestion[]): number | null {
  const statements = questions.filter((q) => q.type === 'truefalse');
  if (statements.length === 0) return null;
  return statements.filter((q) => q.answer === true).length / statements.length;
}

/** Pairs of questions in one set that test the same fact: `[first, second, fact]`. */
export function repeatedFacts(questions: readonly BankQuestion[]): [string, string, string][] {
  const seen = new Map<string, string>();
  const repeats: [string, string, string][] = [];
  for (const { id, covers = [] } of questions)
    for (const fact of covers) {
      const first = seen.get(fact);
      if (first) repeats.push([first, id, fact]);
      else seen.set(fact, id);
    }
  return repeats;
}

/** The questions in order, leaving out any whose fact an earlier question already tests. */
export function withoutRepeatedFacts<T extends BankQuestion>(questions: readonly T[]): T[] {
  const seen = new Set<string>();
  return questions.filter(({ covers = [] }) => {
    if (covers.some((fact) => seen.has(fact))) return false;
    covers.forEach((fact) => seen.add(fact));
    return true;
  });
}
