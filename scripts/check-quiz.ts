/** `node scripts/check-quiz.ts`: every question against its schema and the question rules, without a build. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { quizQuestionSchema } from '../src/schemas/quiz.ts';
import { validateQuestion } from '../src/lib/quiz/validate-question.ts';

const dir = 'content/quiz/questions';
let errors = 0;
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
for (const name of files) {
  const path = `${dir}/${name}`;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.log(`${path}: YAML does not parse: ${(error as Error).message.split('\n')[0]}`);
    errors++;
    continue;
  }
  const result = quizQuestionSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues)
      console.log(`${path} ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    errors += result.error.issues.length;
    continue;
  }
  for (const problem of validateQuestion(result.data)) {
    console.log(`${path} ${problem.field}: ${problem.message}. Fix: ${problem.fix}.`);
    errors++;
  }
}
console.log(`check-quiz: ${files.length} questions, ${errors} errors`);
process.exit(errors ? 1 : 0);
