/** A question as written in content (the fields the rules look at). */
export interface QuestionInput {
  type: 'single' | 'multiple' | 'truefalse';
  options?: { zh: string; bo: string; correct?: boolean }[];
}

export interface QuestionProblem {
  field: string;
  message: string;
  fix: string;
}

const same = (a: string, b: string) => a.trim().normalize('NFC') === b.trim().normalize('NFC');

/** Rules a schema cannot say: how many right options, and no two options alike. */
export function validateQuestion(question: QuestionInput): QuestionProblem[] {
  if (question.type === 'truefalse') return [];
  const options = question.options ?? [];
  const problems: QuestionProblem[] = [];
  const right = options.filter((o) => o.correct).length;
  if (question.type === 'single' && right !== 1) {
    problems.push({
      field: 'options',
      message: `a single-choice question needs exactly one right option; Received ${right}`,
      fix:
        right === 0
          ? 'mark the right option with `correct: true`'
          : 'keep `correct: true` on one option, or make it `type: multiple`',
    });
  }
  if (question.type === 'multiple' && right === 0) {
    problems.push({
      field: 'options',
      message: 'a multiple-choice question needs at least one right option; Received 0',
      fix: 'mark the right options with `correct: true`',
    });
  }
  if (question.type === 'multiple' && right === options.length) {
    problems.push({
      field: 'options',
      message: 'every option is right, so the question tests nothing',
      fix: 'add a wrong option',
    });
  }
  for (const lang of ['zh', 'bo'] as const) {
    options.forEach((option, i) => {
      const first = options.findIndex((other) => same(other[lang], option[lang]));
      if (first < i) {
        problems.push({
          field: `options[${i}].${lang}`,
          message: `option ${i + 1} is the same as option ${first + 1} ("${option[lang]}")`,
          fix: 'reword one of them or remove it',
        });
      }
    });
  }
  return problems;
}
