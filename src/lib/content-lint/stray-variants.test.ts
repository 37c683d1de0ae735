import { describe, expect, it } from 'vitest';
import { lintContentFile } from './lint-content.ts';
import type { GlossaryVariant } from './glossary-variants.ts';

const guide = (body: string) => `---\ntitle: མེ་སྐྱོན\nstatus: draft\n---\n${body}\n`;
const engine: GlossaryVariant[] = [{ id: 'fire-engine', zh: '消防车', term: 'མེ་གསོད་རླངས་འཁོར', variant: 'མེ་ཟོན་རླངས་འཁོར' }];
const variantErrors = (body: string, variants = engine) =>
  lintContentFile('content/guides/bo/a.md', guide(body), variants).filter((p) => p.message.includes('variant'));

describe('glossary variants, judged per occurrence', () => {
  it('are found even when the right term is also in the text', () => {
    const body = 'མེ་གསོད་རླངས་འཁོར་གྱི་འགྲོ་ལམ་ཁ་མ་འགག\nམེ་ཟོན་རླངས་འཁོར།';
    expect(variantErrors(body)).toMatchObject([{ line: 6, field: 'body' }]);
  });

  it('are each reported, with their own line', () => {
    expect(variantErrors('མེ་ཟོན་རླངས་འཁོར།\nམེ་ཟོན་རླངས་འཁོར།')).toMatchObject([{ line: 5 }, { line: 6 }]);
  });

  it('are not flagged inside the glossary term they are part of', () => {
    const shorter: GlossaryVariant[] = [{ id: 'x', zh: 'x', term: 'མེ་ཟོན་བདེ་འཇགས', variant: 'མེ་ཟོན' }];
    expect(variantErrors('མེ་ཟོན་བདེ་འཇགས།', shorter)).toEqual([]);
    expect(variantErrors('མེ་ཟོན་བདེ་འཇགས།\nམེ་ཟོན།', shorter)).toMatchObject([{ line: 6 }]);
  });
});
