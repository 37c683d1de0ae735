import { Window } from 'happy-dom';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import StaticQuestionList from '../../islands/quiz/StaticQuestionList.tsx';
import { quizLabels } from '../../components/quiz/quiz-labels.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { QuizItem } from '../../islands/quiz/types.ts';
import { readStaticQuestions } from './static-questions.ts';

/** One question of each type, as `keepLanguage` leaves them for a page in `lang`. */
function itemsIn(lang: Locale): QuizItem[] {
  const text = (zh: string, bo: string) => (lang === 'zh' ? { zh, bo: '' } : { zh: '', bo });
  return [
    {
      id: 'basic-01',
      type: 'single',
      prompt: text('家里的房子着火了，要马上拨打哪个电话？', 'ཁྱིམ་ལ་མེ་ཤོར་ན་ཁ་པར་ཨང་གྲངས་གང་ལ་གཏོང་དགོས།'),
      options: [
        { ...text('119', '119'), correct: true },
        { ...text('12119', '12119'), correct: false },
        { ...text('96119 <b>', '96119 & ཨང་'), correct: false },
      ],
      explanation: text('着火拨打119。', 'མེ་ཤོར་ན་ 119 ལ་ཁ་པར་ཐོངས།'),
      source: { href: `/${lang}/guides/calling-119/`, label: lang === 'zh' ? '怎样拨打119报火警' : '119 ལ་ཇི་ལྟར' },
    },
    {
      id: 'home-02',
      type: 'multiple',
      prompt: text('哪些做法对？', 'གང་འགྲིག'),
      options: [
        { ...text('留通风口', 'རླུང་ཁུང་'), correct: true },
        { ...text('封炉门', 'ཐབ་སྒོ་'), correct: false },
        { ...text('装报警器', 'ཉེན་བརྡ་'), correct: true },
      ],
      explanation: text('  两边有空格  ', ' ཚིག་ '),
      source: { href: `/${lang}/law/28/`, label: lang === 'zh' ? '第二十八条' : 'དོན་ཚན་ 28' },
    },
    {
      id: 'basic-05',
      type: 'truefalse',
      prompt: text('用手机拨打119不收电话费。', 'ཁ་པར་གྱིས་ 119 ལ་བརྡ་སྤྲོད་ན་རིན་མེད།'),
      options: [],
      answer: true,
      explanation: text('拨打119不收费。', '119 ལ་རིན་མེད།'),
      source: { href: `/${lang}/guides/calling-119/`, label: 'x' },
    },
    {
      id: 'basic-07',
      type: 'truefalse',
      prompt: text('灭火器不用检查。', 'མེ་གསོད་ཡོ་བྱད་ལ་ཞིབ་བཤེར་མི་དགོས།'),
      options: [],
      answer: false,
      explanation: text('要定期检查。', 'དུས་ལྟར་ཞིབ་བཤེར་དགོས།'),
      source: { href: 'https://www.119.gov.cn/', label: '119' },
    },
  ];
}

/** The list as a reader's browser holds it: rendered as the page renders it, then parsed. */
function pageWith(markup: string): Document {
  const window = new Window();
  window.document.body.innerHTML = `<main>${markup}</main>`;
  return window.document as unknown as Document;
}
const rendered = (items: QuizItem[], lang: Locale) =>
  renderToString(h(StaticQuestionList, { items, lang, labels: quizLabels(lang) }));

describe('the quiz island reads back the questions the page lists', () => {
  for (const lang of ['zh', 'bo'] as const) {
    test(`${lang}: every question of each type, exactly as given`, () => {
      const items = itemsIn(lang);
      expect(readStaticQuestions(pageWith(rendered(items, lang)), lang)).toEqual(items);
    });
  }

  test('no list, an empty list, or a question that lost a part: undefined, so the page keeps the list', () => {
    const items = itemsIn('zh');
    const markup = rendered(items, 'zh');
    expect(readStaticQuestions(pageWith('<p>no quiz</p>'), 'zh')).toBeUndefined();
    expect(readStaticQuestions(pageWith(rendered([], 'zh')), 'zh')).toBeUndefined();
    for (const broken of [
      markup.replace('data-type="single"', 'data-type="essay"'),
      markup.replace('data-answer="true"', 'data-answer="yes"'),
      markup.replace('class="prompt"', 'class="question"'),
      markup.replace(/<span class="explanation">[^<]*<\/span>/, ''),
      markup.replace(/<a href="\/zh\/law\/28\/">[^<]*<\/a>/, ''),
    ]) {
      expect(broken).not.toBe(markup);
      expect(readStaticQuestions(pageWith(broken), 'zh')).toBeUndefined();
    }
  });
});
