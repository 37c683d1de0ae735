import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from './definitions.ts';
import { patternToRegExp, readCollection, readCollectionWithProblems } from './read-collection.ts';

/** A throwaway project with the given files under content/. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return root;
}

const QUESTION = `type: truefalse
prompt: { zh: 可以在楼道里给电动车充电。, bo: ཐེམ་སྐས་སུ་གློག་སྣོན་ཆོག }
answer: false
explanation: { zh: 不可以。, bo: མི་ཆོག }
source: { type: law, article: 28 }
audiences: [households]
difficulty: 1
status: draft
`;

describe('a broken schema field is reported at its own line, with what was received and the fix', () => {
  it.each([
    {
      name: 'a true/false answer written as a number',
      collection: 'quizQuestions',
      files: { 'quiz/questions/x-01.yaml': QUESTION.replace('answer: false', 'answer: 0') },
      expected: { file: 'content/quiz/questions/x-01.yaml', line: 3, field: 'answer' },
      message: /Received number 0\. Expected boolean/,
      fix: /answer: true` or `answer: false/,
    },
    {
      name: 'a guide without a title',
      collection: 'guides',
      files: {
        'guides/zh/tents.md': `---\nkeyMessage: 帐篷里的炉子要接烟囱。\nsources:\n  - { type: law, article: 5 }\n---\n正文\n`,
      },
      expected: { file: 'content/guides/zh/tents.md', line: 2, field: 'title' },
      message: /Received nothing/,
      fix: /title/,
    },
    {
      name: 'a law explanation for article 0',
      collection: 'lawExplanations',
      files: {
        'law/explanations/zh/0.md': `---\ntitle: 说明\naudiences: [households]\narticle: 0\n---\n正文\n`,
      },
      expected: { file: 'content/law/explanations/zh/0.md', line: 4, field: 'article' },
      message: /Received number 0/,
      fix: /starts at article 1/,
    },
    {
      name: 'an option of a single-choice question with a bad `correct`',
      collection: 'quizQuestions',
      files: {
        'quiz/questions/x-02.yaml': QUESTION.replace('type: truefalse', 'type: single').replace(
          'answer: false',
          'options:\n  - { zh: 对, bo: འགྲིག }\n  - { zh: 错, bo: མི་འགྲིག, correct: "yes" }',
        ),
      },
      expected: { file: 'content/quiz/questions/x-02.yaml', line: 5, field: 'options[1].correct' },
      message: /Received "yes"/,
      fix: /correct: true/,
    },
  ] as const)('$name', ({ collection, files, expected, message, fix }) => {
    const { entries, problems } = readCollectionWithProblems(collection, project(files));
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(expected);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.fix).toMatch(fix);
  });

  it('a YAML syntax error names its line', () => {
    const root = project({ 'quiz/questions/x-03.yaml': QUESTION.replace('answer: false', 'answer: [false') });
    const { problems } = readCollectionWithProblems('quizQuestions', root);
    expect(problems[0]).toMatchObject({ file: 'content/quiz/questions/x-03.yaml', field: '(file)' });
    expect(problems[0]!.line).toBeGreaterThan(2);
  });

  it('readCollection refuses a broken collection with the problems in its message', () => {
    const root = project({ 'quiz/questions/x-01.yaml': QUESTION.replace('answer: false', 'answer: 0') });
    expect(() => readCollection('quizQuestions', root)).toThrow(/x-01\.yaml:3 answer/);
  });
});

describe('the real content passes every schema, read the way Astro reads it', () => {
  it.each(Object.keys(COLLECTIONS) as CollectionName[])('%s', (name) => {
    const { problems } = readCollectionWithProblems(name);
    expect(problems).toEqual([]);
  });

  it('ids are paths without the extension, as Astro gives them', () => {
    const ids = readCollection('guides').map((entry) => entry.id);
    expect(ids).toContain('zh/winter-stoves');
    expect(ids).toContain('bo/winter-stoves');
  });

  it('defaults from the schema are filled in', () => {
    const guide = readCollection('guides').find((entry) => entry.id === 'zh/winter-stoves')!;
    expect(typeof guide.data.order).toBe('number');
  });
});

it.each([
  ['{zh,bo}/*.{md,mdx}', 'zh/a.mdx', true],
  ['{zh,bo}/*.md', 'en/a.md', false],
  ['*.yaml', 'a.yaml', true],
  ['*.yaml', 'sub/a.yaml', false],
  ['bo/*.md', 'bo/28.md', true],
])('pattern %s matches %s: %s', (pattern, path, expected) => {
  expect(patternToRegExp(pattern).test(path)).toBe(expected);
});
