import { describe, expect, it } from 'vitest';
import { checkQuizSetFacts } from './quiz-set-facts.ts';

const question = (id: string, covers?: string[]) => ({
  path: `quiz/questions/${id}.yaml`,
  data: covers ? { covers } : {},
});
const setSource = 'title: { zh: 测试, bo: ཚོད་ལྟ, status: draft }\nquestions:\n  - basic-12\n  - law-01\n  - home-13\n';
const set = { path: 'quiz/sets/households.yaml', data: { questions: ['basic-12', 'law-01', 'home-13'] } };
const sources = new Map([[set.path, setSource]]);

describe('quiz sets that ask a fact twice', () => {
  it('are reported on the line of the later question, naming both and the fact', () => {
    const files = [
      question('basic-12', ['never-go-back-inside']),
      question('law-01'),
      question('home-13', ['never-go-back-inside']),
      set,
    ];
    expect(checkQuizSetFacts(files, sources)).toEqual([
      expect.objectContaining({
        file: 'content/quiz/sets/households.yaml',
        line: 5,
        field: 'questions',
        message: expect.stringContaining('home-13 tests the same fact as basic-12'),
      }),
    ]);
  });

  it('pass when each fact appears once', () => {
    const files = [
      question('basic-12', ['never-go-back-inside']),
      question('law-01'),
      question('home-13', ['other']),
      set,
    ];
    expect(checkQuizSetFacts(files, sources)).toEqual([]);
  });
});
