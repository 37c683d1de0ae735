import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContentDir } from './lint-content-dir.ts';

/** A small content folder on disk, with the real safety phrasebook. */
function site(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'content-lint-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'safety'), { recursive: true });
  copyFileSync('content/safety/phrasebook.yaml', join(content, 'safety/phrasebook.yaml'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return { content, root };
}

const checklist = (text: string) =>
  `title: 自查\nintro: 每月查一次。\ngroups:\n  - title: 炉子\n    items:\n      - id: a\n        text: ${text}\n`;

describe('linting the content folder, as the build does', () => {
  it('stops on a safety contradiction with the file, line, field and the rule', () => {
    const { content, root } = site({ 'checklists/zh/household.yaml': checklist('睡前关好炉门或把火熄灭。') });
    const errors = lintContentDir(content, root).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'content/checklists/zh/household.yaml',
        line: 7,
        field: 'groups[0].items[0].text',
        rule: 'stove-night',
      }),
    ]);
  });

  it('passes the same checklist in the phrasebook wording', () => {
    const { content, root } = site({
      'checklists/zh/household.yaml': checklist('睡前让炉火烧完或把火熄灭，不封炉、不闷火；烟囱风门全开。'),
    });
    // Only the phrasebook's pending entries (files of the real site) remain, as warnings.
    expect(lintContentDir(content, root).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports a glossary that does not parse and still checks the other files', () => {
    const { content, root } = site({
      'glossary/terms.yaml': "- id: x\n  wylie: 'unclosed\n",
      'checklists/zh/household.yaml': checklist('家人知道草原着火打12119。'),
    });
    const problems = lintContentDir(content, root).problems.map((p) => `${p.file} ${p.field}`);
    expect(problems).toContain('content/glossary/terms.yaml (file)');
    expect(problems).toContain('content/checklists/zh/household.yaml groups[0].items[0].text');
  });
});
