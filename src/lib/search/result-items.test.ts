import { describe, expect, it } from 'vitest';
import { countByType, resultItems } from './result-items.ts';
import { runSearch } from './run-search.ts';
import { openSearchIndex } from './search-engine.ts';
import { buildSearchIndex } from './search-index.ts';

const engine = openSearchIndex(
  buildSearchIndex(
    'bo',
    [
      { url: '/bo/law/1/', title: '第一条', type: 'law', text: 'དམིགས་ཡུལ། 为了预防火灾。' },
      { url: '/bo/guides/a/', title: 'མེ་སྐྱོན་སྔོན་འགོག', type: 'guide', text: 'མེ་སྐྱོན་མི་འབྱུང་བ་བྱེད།' },
      { url: '/bo/quiz/#q', title: 'མེ་སྐྱོན་གང་ཡིན', type: 'quiz', text: 'མེ་སྐྱོན།' },
    ],
    [{ zh: ['火灾'], bo: ['མེ་སྐྱོན'] }],
  ),
);

describe('result items', () => {
  const outcome = runSearch(engine, '火灾');

  it('lists the page found and marks the Chinese excerpt as Chinese', () => {
    const [item] = resultItems(engine, outcome, 'bo', undefined, 10);
    expect(item).toMatchObject({ url: '/bo/law/1/', type: 'law', titleLang: 'zh-CN', excerptLang: 'zh-CN' });
    expect(item!.excerpt.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['火灾']);
  });

  it('lists the pages found through the glossary, in Tibetan', () => {
    const items = resultItems(engine, outcome.alternate!, 'bo', undefined, 10);
    expect(items.map((item) => item.url)).toEqual(['/bo/guides/a/', '/bo/quiz/#q']);
    expect(items[0]!.titleLang).toBe('bo');
  });

  it('filters by type and limits the list', () => {
    expect(resultItems(engine, outcome.alternate!, 'bo', 'quiz', 10).map((item) => item.url)).toEqual(['/bo/quiz/#q']);
    expect(resultItems(engine, outcome.alternate!, 'bo', undefined, 1)).toHaveLength(1);
  });

  it('counts results by type, the glossary results included', () => {
    expect(countByType([engine, outcome])).toEqual({ law: 1, guide: 1, campaign: 0, checklist: 0, quiz: 1, all: 3 });
  });
});
