import { describe, expect, it } from 'vitest';
import { checkCrossReferences, type ContentFile } from './cross-references.ts';

const site: ContentFile[] = [
  { path: 'guides/zh/calling-119.md', data: { sources: [{ type: 'law', article: 44 }] } },
  { path: 'guides/bo/calling-119.md', data: {} },
  { path: 'checklists/zh/household.yaml', data: {} },
  { path: 'campaign/zh/households.md', data: { checklist: 'household' } },
  { path: 'law/explanations/zh/28.md', data: { article: 28 } },
];
const messages = (extra: ContentFile[]) =>
  checkCrossReferences([...site, ...extra]).map(({ file, field, message }) => ({ file, field, message }));

describe('content cross-references', () => {
  it('accept a consistent site', () => {
    expect(checkCrossReferences(site)).toEqual([]);
  });

  it.each<[string, ContentFile, { file: string; field: string; message: string }]>([
    [
      'an orphan Tibetan translation',
      { path: 'guides/bo/tents.md', data: {} },
      {
        file: 'content/guides/bo/tents.md',
        field: '(file)',
        message: 'Tibetan entry "tents" has no Chinese source guides/zh/tents.*',
      },
    ],
    [
      'a hub naming a checklist that does not exist',
      { path: 'campaign/zh/schools.md', data: { checklist: 'school' } },
      {
        file: 'content/campaign/zh/schools.md',
        field: 'checklist',
        message: 'no checklist "school" in content/checklists/zh/',
      },
    ],
    [
      'a hub naming a quiz set that does not exist',
      { path: 'campaign/zh/schools.md', data: { quizSet: 'schools' } },
      {
        file: 'content/campaign/zh/schools.md',
        field: 'quizSet',
        message: 'no quiz set "schools" in content/quiz/sets/',
      },
    ],
    [
      'a guide citing a guide that does not exist',
      {
        path: 'guides/zh/tents.md',
        data: {
          sources: [
            { type: 'law', article: 5 },
            { type: 'guide', slug: 'stoves' },
          ],
        },
      },
      {
        file: 'content/guides/zh/tents.md',
        field: 'sources[1].slug',
        message: 'no guide "stoves" in content/guides/zh/',
      },
    ],
    [
      'a quiz question citing a guide that does not exist',
      { path: 'quiz/questions/q1.yaml', data: { source: { type: 'guide', slug: 'nope' } } },
      {
        file: 'content/quiz/questions/q1.yaml',
        field: 'source.slug',
        message: 'no guide "nope" in content/guides/zh/',
      },
    ],
    [
      'an explanation filed under the wrong article number',
      { path: 'law/explanations/bo/28.md', data: { article: 29 } },
      {
        file: 'content/law/explanations/bo/28.md',
        field: 'article',
        message: 'the file is named for article 28 but says article 29',
      },
    ],
  ])('report %s', (_name, file, expected) => {
    expect(messages([file])).toEqual([expected]);
  });

  it('say which slugs exist in the fix', () => {
    const [problem] = checkCrossReferences([...site, { path: 'campaign/zh/x.md', data: { checklist: 'nope' } }]);
    expect(problem!.fix).toContain('household');
  });
});
