/**
 * The set a question links to: the first set (in id order) that asks it. Search results and the
 * law pages' related links both lead a question there, so both must pick the same set.
 */
export function setAsking(sets: readonly { id: string; data: { questions: readonly string[] } }[]) {
  const bySet = new Map<string, string>();
  for (const set of [...sets].sort((a, b) => a.id.localeCompare(b.id, 'en')))
    for (const question of set.data.questions) if (!bySet.has(question)) bySet.set(question, set.id);
  return (questionId: string): string | undefined => bySet.get(questionId);
}
