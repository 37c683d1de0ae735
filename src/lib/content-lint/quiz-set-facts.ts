import type { ContentFile } from './cross-references.ts';
import type { ContentProblem } from './lint-content.ts';
import { repeatedFacts, type BankQuestion } from '../quiz/set-balance.ts';

/**
 * A quiz set that asks one fact twice (two questions sharing a `covers` id): reported on the line of
 * the later question in the set file, so a set edited by hand cannot bring a near-duplicate back.
 */
export function checkQuizSetFacts(files: ContentFile[], sources: Map<string, string>): ContentProblem[] {
  const questions = new Map<string, BankQuestion>();
  for (const { path, data } of files) {
    const id = /^quiz\/questions\/([^/]+)\.ya?ml$/.exec(path)?.[1];
    if (id) questions.set(id, { id, type: 'single', covers: (data['covers'] as string[] | undefined) ?? [] });
  }
  return files.flatMap(({ path, data }) => {
    if (!path.startsWith('quiz/sets/') || !Array.isArray(data['questions'])) return [];
    const listed = (data['questions'] as string[]).flatMap((id) => questions.get(id) ?? []);
    const lines = (sources.get(path) ?? '').split('\n');
    return repeatedFacts(listed).map(([first, second, fact]) => ({
      file: `content/${path}`,
      line: Math.max(1, lines.findIndex((l) => new RegExp(`^\\s*-\\s*${second}\\s*$`).test(l)) + 1),
      field: 'questions',
      severity: 'error' as const,
      message: `${second} tests the same fact as ${first} ("${fact}" in both questions' covers)`,
      fix: `keep one of them in this set (npm run make:quiz-sets keeps the first), or give ${second} a fact of its own`,
    }));
  });
}
