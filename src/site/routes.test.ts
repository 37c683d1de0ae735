import { describe, expect, it } from 'vitest';
import { href, localizedPath, NAVIGATION, withoutLocale } from './routes.ts';

describe('href builds the public addresses of the URL contract', () => {
  it.each([
    [href.home('bo'), '/bo/'],
    [href.law('zh', 28), '/zh/law/28/'],
    [href.lawChapter('bo', 2), '/bo/law/#chapter-2'],
    [href.campaign('zh', 'pastoral'), '/zh/campaign/pastoral/'],
    [href.poster('bo', 'schools'), '/bo/campaign/schools/poster/'],
    [href.guide('bo', 'winter-stoves'), '/bo/guides/winter-stoves/'],
    [href.checklist('zh', 'household'), '/zh/checklists/household/'],
    [href.quiz('zh', 'households'), '/zh/quiz/households/'],
    [href.search('zh', '煤气 中毒'), '/zh/search/?q=%E7%85%A4%E6%B0%94%20%E4%B8%AD%E6%AF%92'],
    [href.search('bo'), '/bo/search/'],
    [href.notice('zh', 'winter-heating'), '/zh/notices/winter-heating/'],
    [href.screen('general'), '/screen/general/'],
    [href.entry({ choose: true }), '/?choose'],
    [href.searchIndexFile('bo'), '/search/index-bo.json'],
    [href.quizQuestionsFile('bo', 'schools'), '/bo/quiz/schools/questions.json'],
  ])('%s', (built, expected) => expect(built).toBe(expected));
});

describe('localizedPath gives the same page in the other language', () => {
  it.each([
    ['/zh/law/28/', 'bo', '/bo/law/28/'],
    ['/bo/', 'zh', '/zh/'],
    ['/bo', 'zh', '/zh/'],
    ['/screen/general/', 'bo', '/screen/general/'],
    ['/', 'bo', '/'],
    ['/zhx/law/', 'bo', '/zhx/law/'],
  ] as const)('%s in %s is %s', (path, locale, expected) => expect(localizedPath(path, locale)).toBe(expected));
});

it('the navigation starts at home and names each entry by a UI key', () => {
  expect(NAVIGATION[0].href('zh')).toBe('/zh/');
  expect(NAVIGATION.map((entry) => entry.key)).toContain('nav.offline');
});

it.each([
  ['/zh/law/28/', '/law/28/'],
  ['/bo/', '/'],
  ['/screen/general/', '/screen/general/'],
])('withoutLocale(%s) is %s', (path, expected) => expect(withoutLocale(path)).toBe(expected));
