import { describe, expect, it } from 'vitest';
import { otherScriptLocale } from './query-script.ts';

describe('otherScriptLocale', () => {
  it.each([
    ['Tibetan on the Chinese site', 'མེ་སྐྱོན', 'zh', 'bo'],
    ['Chinese on the Tibetan site', '煤气中毒', 'bo', 'zh'],
    ['mixed on the Chinese site', '119 ཁ་པར', 'zh', 'bo'],
    ['Chinese on the Chinese site', '灭火器', 'zh', undefined],
    ['Tibetan on the Tibetan site', 'ཕྲུ་གུ', 'bo', undefined],
    ['digits only', '119', 'bo', undefined],
  ] as const)('%s: %s', (_name, query, locale, expected) => {
    expect(otherScriptLocale(query, locale)).toBe(expected);
  });
});
