import { describe, expect, it } from 'vitest';
import { checkContentIntegrity, sitePaths, type SourceFile } from './content-integrity.ts';

const site: SourceFile[] = [
  { path: 'guides/zh/winter-stoves.md', source: '---\ntitle: 炉子\n---\n' },
  { path: 'campaign/zh/households.md', source: '---\ntitle: 家庭\n---\n' },
  { path: 'law/articles/28.json', source: '{}' },
  { path: 'quiz/questions/basic-01.yaml', source: 'type: single\n' },
  { path: 'quiz/questions/basic-02.yaml', source: 'type: single\n' },
  { path: 'glossary/terms.yaml', source: '- id: fire\n  zh: 火\n- id: smoke\n  zh: 烟\n' },
];
const slides = (link: string): SourceFile => ({
  path: 'slides/general.yaml',
  source: `title: { zh: 通用, bo: x }\nslides:\n  - message: { zh: 一 }\n    link: /guides/winter-stoves/\n  - message: { zh: 二 }\n    link: ${link}\n`,
});
const short = (files: SourceFile[]) =>
  checkContentIntegrity([...site, ...files]).map(({ file, line, field, message }) => ({ file, line, field, message }));

describe('content integrity', () => {
  it('accepts a consistent site', () => {
    expect(checkContentIntegrity([...site, slides('/law/28/')])).toEqual([]);
  });

  it('knows the pages the content makes', () => {
    const pages = sitePaths(site.map((f) => f.path));
    for (const page of ['/', '/guides/winter-stoves/', '/campaign/households/poster/', '/law/28/', '/glossary/'])
      expect(pages.has(page), page).toBe(true);
    expect(pages.has('/law/75/')).toBe(false);
  });

  it('refuses a slide whose QR code would open a missing page, with the line and a fix', () => {
    const [problem] = checkContentIntegrity([...site, slides('/guides/winter-stove/')]);
    expect(problem).toMatchObject({
      file: 'content/slides/general.yaml',
      line: 6,
      field: 'slides[1].link',
      severity: 'error',
      message: 'no page /guides/winter-stove/: the slide\'s QR code would open "page not found"',
    });
    expect(problem!.fix).toContain('/guides/winter-stoves/');
  });

  it('refuses a question twice in a set and a question the bank does not have, naming the set file and field', () => {
    const set = {
      path: 'quiz/sets/households.yaml',
      source: 'title: x\nquestions:\n  - basic-01\n  - basic-02\n  - basic-01\n  - basic-99\n',
    };
    expect(short([set])).toEqual([
      {
        file: 'content/quiz/sets/households.yaml',
        line: 5,
        field: 'questions[2]',
        message: 'question "basic-01" is already in this set at questions[0]',
      },
      {
        file: 'content/quiz/sets/households.yaml',
        line: 6,
        field: 'questions[3]',
        message: 'no question "basic-99": content/quiz/questions/basic-99.yaml does not exist',
      },
    ]);
  });

  it('refuses a glossary id used twice as an error', () => {
    const terms = {
      path: 'glossary/terms.yaml',
      source: '- id: fire\n  zh: 火\n- id: smoke\n  zh: 烟\n- id: fire\n  zh: 火灾\n',
    };
    const problems = checkContentIntegrity([...site.filter((f) => f.path !== 'glossary/terms.yaml'), terms]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/glossary/terms.yaml',
      line: 5,
      field: '[2].id',
      severity: 'error',
    });
    expect(problems[0]!.message).toContain('entry [0] (line 1)');
  });

  it('refuses two files whose names differ only in case', () => {
    expect(short([{ path: 'guides/zh/Winter-Stoves.md', source: '' }])).toEqual([
      {
        file: 'content/guides/zh/winter-stoves.md',
        line: 1,
        field: '(file name)',
        message: 'the name differs from content/guides/zh/Winter-Stoves.md only in upper/lower case',
      },
    ]);
  });
});
