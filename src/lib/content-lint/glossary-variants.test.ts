import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryVariants } from './glossary-variants.ts';
import { lintContentFile } from './lint-content.ts';

const variants = glossaryVariants(readFileSync('content/glossary/terms.yaml', 'utf8'));

/**
 * The terminology decisions of issue 13, one broken fixture per rejected form: each sentence is how
 * the drafts had it, and `fixed` how they read now. If a variant leaves the glossary, or the linter
 * stops finding it, its row fails.
 */
const decisions: { id: string; variant: string; broken: string; fixed: string }[] = [
  ...[
    'རླངས་པའི་སྦུབས',
    'རླངས་པའི་ཡོ་བྱད',
    'རླངས་པའི་བཟོ་བཅོས',
    'རླངས་པ་སྤྱོད་པ',
    'རླངས་པ་ཉར་ས',
    'རླངས་པ་འཚོང',
    'རླངས་པ་མཁོ་སྤྲོད',
    'ཐབ་ཚང་གི་རླངས་པ',
  ].map((variant) => ({
    id: 'gas',
    variant,
    broken: `${variant}་ལ་ལྟ་དགོས།`,
    fixed: `${variant.replace('རླངས་པའི', 'རླངས་རྫས་ཀྱི').replace('རླངས་པ', 'རླངས་རྫས')}་ལ་ལྟ་དགོས།`,
  })),
  { id: 'petrol', variant: 'སྣུམ་འཁོར་གྱི་སྣུམ', broken: 'སྣུམ་འཁོར་གྱི་སྣུམ་འཚོང་བ།', fixed: 'རླངས་སྣུམ་འཚོང་བ།' },
  {
    id: 'vehicle',
    variant: 'འཁོར་ལོ་འཇོག',
    broken: 'འགྲོ་ལམ་དུ་འཁོར་ལོ་འཇོག་མི་རུང༌།',
    fixed: 'འགྲོ་ལམ་དུ་འགྲུལ་འཁོར་འཇོག་མི་རུང༌།',
  },
  {
    id: 'vehicle',
    variant: 'འཁོར་ལོ་མི་འཇོག',
    broken: 'འགྲོ་ལམ་དུ་འཁོར་ལོ་མི་འཇོག',
    fixed: 'འགྲོ་ལམ་དུ་འགྲུལ་འཁོར་མི་འཇོག',
  },
  {
    id: 'vehicle',
    variant: 'འཁོར་ལོ་བཞག',
    broken: 'ཐེམ་སྐས་སུ་འཁོར་ལོ་བཞག་པ་མེད།',
    fixed: 'ཐེམ་སྐས་སུ་འགྲུལ་འཁོར་བཞག་པ་མེད།',
  },
  { id: 'prayer-flags', variant: 'དར་ལྕོག', broken: 'དར་ལྕོག་ལས་ཐག་རིང་དུ་སྦར།', fixed: 'དར་ཆ་ལས་ཐག་རིང་དུ་སྦར།' },
  {
    id: 'fire-equipment',
    variant: 'མེ་ཟོན་ལག་ཆ',
    broken: 'མེ་ཟོན་ལག་ཆ་གཞན་དུ་མི་བཀོལ།',
    fixed: 'མེ་ཟོན་ཡོ་བྱད་གཞན་དུ་མི་བཀོལ།',
  },
  {
    id: 'fire-equipment',
    variant: 'སྒྲིག་ཆས་དང་ལག་ཆ',
    broken: 'མེ་ཟོན་སྒྲིག་ཆས་དང་ལག་ཆ་མ་གཏོར།',
    fixed: 'མེ་ཟོན་སྒྲིག་ཆས་དང་ཡོ་བྱད་མ་གཏོར།',
  },
  { id: 'light-a-fire', variant: 'མེ་སྤར', broken: 'ནགས་ཚལ་དུ་མེ་སྤར་མི་རུང༌།', fixed: 'ནགས་ཚལ་དུ་མེ་སྦར་མི་རུང༌།' },
  { id: 'sheepskin-robe', variant: 'སླག་པ', broken: 'ཐབ་ཀའི་འགྲམ་དུ་སླག་པ་མེད།', fixed: 'ཐབ་ཀའི་འགྲམ་དུ་སློག་པ་མེད།' },
  {
    id: 'fire-prevention-period',
    variant: 'མེ་སྐྱོན་ཉེན་ཁ་ཆེ་བའི་དུས',
    broken: 'མེ་སྐྱོན་ཉེན་ཁ་ཆེ་བའི་དུས་སུ་མེ་སྦར་མི་རུང༌།',
    fixed: 'མེ་སྐྱོན་སྔོན་འགོག་དུས་སྐབས་སུ་མེ་སྦར་མི་རུང༌།',
  },
  {
    id: 'fire-prevention-period',
    variant: 'ཉེན་ཁ་ཆེ་དུས',
    broken: 'ཉེན་ཁ་ཆེ་དུས་མེ་མི་སྦར།',
    fixed: 'མེ་སྐྱོན་སྔོན་འགོག་དུས་སྐབས་སུ་མེ་མི་སྦར།',
  },
  {
    id: 'fire-prevention-period',
    variant: 'སྔོན་འགོག་དུས་ཚིགས',
    broken: 'མེ་སྐྱོན་སྔོན་འགོག་དུས་ཚིགས་སུ།',
    fixed: 'མེ་སྐྱོན་སྔོན་འགོག་དུས་སྐབས་སུ།',
  },
  {
    id: 'electric-heater',
    variant: 'དྲོད་གཏོང་གློག་ཆས',
    broken: 'དྲོད་གཏོང་གློག་ཆས་སྤྱོད་མི་རུང༌།',
    fixed: 'གློག་ཐབ་སྤྱོད་མི་རུང༌།',
  },
  {
    id: 'evacuate',
    variant: 'ཕྱི་ལ་ཁྲིད',
    broken: 'མི་རྣམས་ཕྱི་ལ་ཁྲིད་དགོས།',
    fixed: 'མི་རྣམས་ཕྱིར་ཁྲིད་དགོས།',
  },
  {
    id: 'fire-engine',
    variant: 'མེ་ཟོན་རླངས་འཁོར',
    broken: 'མེ་ཟོན་རླངས་འཁོར་གྱི་འགྲོ་ལམ།',
    fixed: 'མེ་གསོད་རླངས་འཁོར་གྱི་འགྲོ་ལམ།',
  },
  { id: 'e-bike', variant: 'གློག་རྐང་འཁོར', broken: 'གློག་རྐང་འཁོར་ལ་གློག་སྣོན།', fixed: 'གློག་འཁོར་ལ་གློག་སྣོན།' },
];

const guide = (body: string) => `---\ntitle: མེ་སྐྱོན\nstatus: draft\n---\n${body}\n`;
const variantErrors = (body: string) =>
  lintContentFile('content/guides/bo/a.md', guide(body), variants).filter((p) => p.message.includes('variant'));

describe('terminology decisions the linter enforces', () => {
  it.each(decisions.map((d) => [d.variant, d] as const))('rejects %s', (variant, { id, broken, fixed }) => {
    const entry = variants.find((v) => v.variant === variant);
    expect(entry?.id, `the glossary lists ${variant} under ${id}`).toBe(id);
    const errors = variantErrors(broken);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 5, field: 'body', fix: expect.stringContaining(`id ${id}`) });
    expect(variantErrors(fixed)).toEqual([]);
  });

  it.each(variants.map((v) => [v.variant, v] as const))(
    'glossary variant %s is flagged, its term is not',
    (variant, { term, id }) => {
      expect(variantErrors(`${variant}་ཡོད།`)).toMatchObject([{ fix: expect.stringContaining(`id ${id}`) }]);
      expect(variantErrors(`${term}་ཡོད།`)).toEqual([]);
    },
  );
});
