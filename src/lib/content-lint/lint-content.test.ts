import { describe, expect, it } from 'vitest';
import { glossaryVariants } from './glossary-variants.ts';
import { formatProblem, lintContentFile } from './lint-content.ts';

const errorsOf = (file: string, source: string, variants = glossaryVariants('')) =>
  lintContentFile(file, source, variants)
    .filter((p) => p.severity === 'error')
    .map(({ line, field, message }) => ({ line, field, message }));

describe('content linter', () => {
  it('passes a correct Tibetan guide with a status', () => {
    const source = '---\ntitle: མེ་སྐྱོན\nstatus: draft\n---\nམེ་སྐྱོན་མཐོང་ན་ 119 ལ་ཁ་པར་གཏོང༌།\n';
    expect(lintContentFile('content/guides/bo/calling-119.md', source)).toEqual([]);
  });

  it('ignores Chinese-only files, which need no translation status', () => {
    expect(lintContentFile('content/guides/zh/a.md', '---\ntitle: 报警\n---\n立即拨打119。\n')).toEqual([]);
  });

  it.each([
    [
      'Markdown without a status',
      'content/guides/bo/a.md',
      '---\ntitle: མེ་སྐྱོན\n---\nམེ་སྐྱོན།\n',
      { line: 2, field: 'status', message: expect.stringContaining('"title" has no translation status') },
    ],
    [
      'a YAML item without a status',
      'content/checklists/bo/a.yaml',
      'title: ཞིབ་བཤེར\ngroups:\n  - title: ཐབ་ཀ\n',
      { line: 1, field: 'status', message: expect.stringContaining('no translation status') },
    ],
    [
      'a status that is not draft or reviewed',
      'content/guides/bo/a.md',
      '---\ntitle: མེ་སྐྱོན\nstatus: done\n---\n',
      { line: 2, field: 'status', message: expect.stringContaining('(found "done")') },
    ],
    [
      'a broken syllable in the body, on its own line',
      'content/guides/bo/a.md',
      '---\ntitle: མེ\nstatus: draft\n---\nམེ་སྐྱོན།\nཀེེ་ཡོད།\n',
      { line: 6, field: 'body', message: expect.stringContaining('broken syllable') },
    ],
    [
      'Chinese punctuation in a nested YAML field',
      'content/checklists/bo/a.yaml',
      'status: draft\ngroups:\n  - items:\n      - id: a\n        text: ཐབ་ཀ，ཡོད\n',
      { line: 5, field: 'groups[0].items[0].text', message: expect.stringContaining('punctuation') },
    ],
    [
      'YAML that does not parse',
      'content/quiz/questions/a.yaml',
      'prompt: {zh: 一\n',
      { line: 1, field: '(file)', message: expect.stringContaining('cannot be parsed') },
    ],
  ])('reports %s with the file line and field', (_name, file, source, expected) => {
    expect(errorsOf(file, source)).toEqual([expected]);
  });

  it('flags a known variant instead of the glossary term', () => {
    const variants = glossaryVariants('- id: fire-protection\n  zh: 消防\n  bo: མེ་ཟོན\n  variants: [མེ་གསོད]\n');
    const errors = errorsOf('content/guides/bo/a.md', '---\nstatus: draft\n---\nམེ་གསོད་ལས་ཁུངས།\n', variants);
    expect(errors).toEqual([
      { line: 4, field: 'body', message: expect.stringContaining('variant of the glossary term for 消防') },
    ]);
  });

  it('formats a problem as file:line field, message and fix', () => {
    const [problem] = lintContentFile('content/guides/bo/a.md', '---\nstatus: draft\n---\nཀ་་ཁ།\n');
    expect(formatProblem(problem!)).toBe(
      'content/guides/bo/a.md:4 body: two tshegs in a row (་་) near "ཀ་་ཁ།\n".\n    Fix: keep one tsheg.'.replace(
        '\n".',
        ' ".',
      ),
    );
  });
});
