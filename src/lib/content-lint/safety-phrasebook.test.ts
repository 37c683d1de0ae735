import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintContentDir } from './lint-content-dir.ts';
import { checkSafetyPhrases, loadPhrasebook, stalePending } from './safety-phrasebook.ts';

const phrasebookYaml = readFileSync('content/safety/phrasebook.yaml', 'utf8');
const { rules, problems: phrasebookProblems } = loadPhrasebook(phrasebookYaml);
/** The real rules, without their pending lists, so every fixture path below is an error. */
const strict = rules.map((rule) => ({ ...rule, pending: [] }));

const guide = (lang: 'zh' | 'bo', body: string) =>
  `---\ntitle: 测试\nkeyMessage: 测试测试\nsources:\n  - { type: law, article: 5 }\n${lang === 'bo' ? 'status: draft\n' : ''}---\n${body}\n`;
const hitsIn = (file: string, source: string) =>
  checkSafetyPhrases(file, source, strict).map(({ line, field, rule, severity }) => ({ line, field, rule, severity }));

describe('the safety phrasebook', () => {
  it('parses and validates', () => {
    expect(phrasebookProblems).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(9);
  });

  it('does not contradict its own canonical wording, in either language', () => {
    for (const rule of strict) {
      expect(hitsIn('content/guides/zh/a.md', guide('zh', rule.canonical.zh)), `${rule.id} zh`).toEqual([]);
      expect(hitsIn('content/guides/bo/a.md', guide('bo', rule.canonical.bo)), `${rule.id} bo`).toEqual([]);
    }
  });

  // One broken fixture per rule: the phrasing an editor might bring back.
  const broken: [rule: string, file: string, source: string, line: number, field: string][] = [
    [
      'stove-night',
      'content/checklists/zh/a.yaml',
      'title: 自查\nitems:\n  - text: 睡前关好炉门，屋里留有通风口。\n',
      3,
      'items[0].text',
    ],
    ['stove-night', 'content/guides/zh/a.md', guide('zh', '1. 炉子放稳。\n2. 睡前封炉闷火，早上好生火。'), 8, 'body'],
    ['stove-night', 'content/guides/bo/a.md', guide('bo', 'ཉལ་ཁར་ཐབ་ཁ་བཀག་ནས་མེ་ཉར།'), 8, 'body'],
    [
      'butter-lamp-unattended',
      'content/checklists/zh/a.yaml',
      'items:\n  - text: 睡觉或出门时还点着的酥油灯，罩着玻璃灯罩。\n',
      2,
      'items[0].text',
    ],
    [
      'butter-lamp-unattended',
      'content/checklists/bo/a.yaml',
      'status: draft\nitems:\n  - text: ཉལ་སྐབས་འབར་བཞིན་པའི་མཆོད་མེ་ལ་ཤེལ་གྱི་ཁ་ཁེབས་བཀབ་ཡོད།\n',
      3,
      'items[0].text',
    ],
    [
      'ebike-outdoors',
      'content/checklists/zh/a.yaml',
      'items:\n  - text: 电动车充电时旁边有人，充满就断电。\n',
      2,
      'items[0].text',
    ],
    ['ebike-outdoors', 'content/guides/zh/a.md', guide('zh', '5. 电动车和电池不放在店里过夜充电。'), 7, 'body'],
    ['ebike-outdoors', 'content/guides/bo/a.md', guide('bo', 'གློག་འཁོར་མཚན་མོ་ཚོང་ཁང་ནང་དུ་གློག་མ་སྣོན།'), 8, 'body'],
    [
      'exits-unlocked',
      'content/campaign/zh/a.md',
      '---\nsteps:\n  - { icon: exit, text: 上班时间出口门不上锁。 }\n---\n',
      3,
      'steps[0].text',
    ],
    [
      'exits-unlocked',
      'content/slides/a.yaml',
      'slides:\n  - message: { zh: 出口, bo: ལས་ཀའི་དུས་སུ་ཕྱིར་ཐོན་སྒོ་ལ་ལྕགས་རྒྱག་མི་རུང༌།, status: draft }\n',
      2,
      'slides[0].message.bo',
    ],
    [
      'grassland-fire-numbers',
      'content/checklists/zh/a.yaml',
      'items:\n  - text: 家人知道草原着火打12119，房子着火打119。\n',
      2,
      'items[0].text',
    ],
    [
      'grassland-fire-numbers',
      'content/slides/a.yaml',
      'slides:\n  - message: { zh: 草原着火，拨打 12119, bo: རྩྭ་ཐང་ལ་མེ་ཤོར་ན་ 12119 ལ་ཁ་པར་གཏོང༌།, status: draft }\n',
      2,
      'slides[0].message.zh',
    ],
    [
      'electric-blanket-night',
      'content/checklists/zh/a.yaml',
      'items:\n  - text: 电热毯平铺不折叠，不整夜通电。\n',
      2,
      'items[0].text',
    ],
    [
      'electric-blanket-night',
      'content/checklists/bo/a.yaml',
      'status: draft\nitems:\n  - text: གློག་གདན་མ་ལྟེབ་པར་སྤྱོད་ཅིང༌། མཚན་མོ་ཧྲིལ་པོར་གློག་མི་འཇུག\n',
      3,
      'items[0].text',
    ],
    ['no-double-negative', 'content/guides/bo/a.md', guide('bo', 'ཚོང་ཁང་ནང་དུ་མི་ཉལ་མི་ཆོག'), 8, 'body'],
    ['extinguisher-keep-spraying', 'content/guides/bo/a.md', guide('bo', '5. མེ་ཤི་བའི་བར་དུ་ཕྱེ་མ་གཏོང༌།'), 8, 'body'],
    ['tent-stovepipe', 'content/guides/bo/a.md', guide('bo', 'དུ་ཁུང་གུར་ལས་ཕྱིར་ཐོན་སར་ལྕགས་ལེབ་ཀྱིས་བར་བཅད།'), 8, 'body'],
  ];

  it('has a broken fixture for every rule', () => {
    expect(new Set(broken.map(([rule]) => rule))).toEqual(new Set(rules.map((rule) => rule.id)));
  });

  it.each(broken)('reports a %s contradiction in %s with its line and field', (rule, file, source, line, field) => {
    expect(hitsIn(file, source)).toContainEqual({ line, field, rule, severity: 'error' });
  });

  it('names the rule and gives the canonical wording as the fix', () => {
    const [problem] = checkSafetyPhrases('content/guides/zh/a.md', guide('zh', '睡前关好炉门。'), strict);
    expect(problem!.message).toContain('"关好炉门" contradicts the safety rule "睡前炉火" (stove-night)');
    expect(problem!.fix).toContain(strict.find((r) => r.id === 'stove-night')!.canonical.zh);
  });

  it.each([
    ['a negation before the banned words', '睡前不要封炉闷火。'],
    ['a negation at the start of the clause', '睡前不往炉里塞满牛粪或煤闷火。'],
    ['a sentence that says banking the fire poisons', '封炉闷火、门窗封死，最容易一氧化碳中毒。'],
    ['12119 offered beside 119', '草原、森林着火，拨打 119 或 12119。'],
    ['12119 as the other number', '任何人发现火灾都要拨打 119；草原、森林着火也可以拨打 12119。'],
    ['an electric blanket switched off before sleeping', '电热毯睡前关掉，不整夜通电。'],
    ['a phone, not an e-bike, charged with someone beside it', '手机充电时旁边有人，充满就断电。'],
    ['exits unlocked whenever someone is inside', '楼里有人时，包括夜里值班的时候，出口门不上锁。'],
  ])('accepts %s', (_name, text) => {
    expect(hitsIn('content/guides/zh/a.md', guide('zh', text))).toEqual([]);
  });

  it.each([
    ['the kitchen (ཐབ་ཁང), which only looks like ཐབ་ཁ', 'ཐབ་ཁང་དུ་མེ་གསོད་འཕྲུལ་ཆས་ཉར།'],
    ['a chimney of a house, where no tent is meant', 'དུ་ཁུང་ཁང་པའི་ཕྱི་ལོགས་སུ་ཐོན་དགོས།'],
    ['the tent stovepipe named as a metal pipe', 'ཐབ་ཀའི་དུ་ཁུང་གི་ལྕགས་སྦུ་གུར་ལས་ཕྱིར་ཐོན་སར་བར་བཅད།'],
    ['no one may sleep, written without a double negative', 'མཛོད་ཁང་ནང་དུ་མི་སུས་ཀྱང་ཉལ་མི་ཆོག'],
  ])('accepts %s', (_name, text) => {
    expect(hitsIn('content/guides/bo/a.md', guide('bo', text))).toEqual([]);
  });

  describe('quiz questions', () => {
    const question = (correctIndex: number) =>
      [
        'type: single',
        'prompt: { zh: 睡前怎么做？, bo: ཇི་ལྟར་བྱེད། }',
        'options:',
        `  - { zh: 封上炉门闷着火${correctIndex === 0 ? ', correct: true' : ''} }`,
        `  - { zh: 让火烧完或熄灭${correctIndex === 1 ? ', correct: true' : ''} }`,
        'explanation: { zh: 睡前让火烧完或熄灭。, bo: ཉལ་བའི་སྔོན་ལ་མེ་བསད་དགོས། }',
        'status: draft',
      ].join('\n');

    it('let a wrong option state the bad practice', () => {
      expect(hitsIn('content/quiz/questions/q.yaml', question(1))).toEqual([]);
    });

    it('report the bad practice when it is the right answer', () => {
      expect(hitsIn('content/quiz/questions/q.yaml', question(0)).map((p) => p.field)).toContain('options[0].zh');
    });

    it('let a true/false statement that is false state the bad practice, but not its explanation', () => {
      const truefalse = (answer: boolean) =>
        `type: truefalse\nanswer: ${answer}\nprompt: { zh: 睡前关好炉门可以保暖。, bo: ཐབ་ཀ }\nexplanation: { zh: 不对，要让火烧完。, bo: ཐབ་ཀ }\n`;
      expect(hitsIn('content/quiz/questions/q.yaml', truefalse(false))).toEqual([]);
      expect(hitsIn('content/quiz/questions/q.yaml', truefalse(true)).map((p) => p.field)).toEqual(['prompt.zh']);
    });
  });

  it('skips ids and the glossary, which name things rather than advise', () => {
    expect(hitsIn('content/checklists/zh/a.yaml', 'items:\n  - id: call-12119\n    text: 119 或 12119\n')).toEqual([]);
    expect(hitsIn('content/glossary/terms.yaml', '- id: forest-fire-number\n  zh: 12119\n')).toEqual([]);
  });

  describe('pending entries', () => {
    const file = 'content/quiz/questions/q.yaml';
    const source = 'type: single\nexplanation: { zh: 草原着火打12119。, bo: ཐབ་ཀ }\n';
    const withPending = strict.map((rule) =>
      rule.id === 'grassland-fire-numbers' ? { ...rule, pending: [{ file, note: 'being fixed elsewhere' }] } : rule,
    );

    it('turn a known contradiction into a warning that says so', () => {
      const [problem] = checkSafetyPhrases(file, source, withPending);
      expect(problem).toMatchObject({ severity: 'warning', rule: 'grassland-fire-numbers' });
      expect(problem!.message).toContain('pending: being fixed elsewhere');
    });

    it('are reported once the file no longer contradicts the rule', () => {
      expect(stalePending(withPending, [])).toEqual([
        expect.objectContaining({
          severity: 'warning',
          message: `${file} no longer contradicts the rule grassland-fire-numbers`,
        }),
      ]);
      expect(stalePending(withPending, checkSafetyPhrases(file, source, withPending))).toEqual([]);
    });
  });

  it('reports a broken phrasebook like any content file', () => {
    const { problems } = loadPhrasebook('- id: Bad Id\n  title: x\n');
    expect(problems[0]).toMatchObject({ file: 'content/safety/phrasebook.yaml', severity: 'error' });
    expect(problems.map((p) => p.field)).toContain('[0].id');
  });
});

describe('the real content', () => {
  it('has no safety contradiction outside the pending list, and no stale pending entry', () => {
    const { problems } = lintContentDir('content');
    const safety = problems.filter((p) => p.rule || p.file === 'content/safety/phrasebook.yaml');
    expect(safety.filter((p) => p.severity === 'error')).toEqual([]);
    expect(safety.filter((p) => p.message.includes('no longer contradicts'))).toEqual([]);
  }, 30_000); // reads all of content/, a few seconds on a busy machine
});
