import { describe, expect, it } from 'vitest';
import { readCollection } from '../../collections/read-collection.ts';
import { checkTibetanText } from '../tibetan/text-rules.ts';

// The public glossary is for residents: each term says in a sentence what it is (and, for a
// fire-safety term, what to do about it), in both languages. The Tibetan is draft like the term.
const terms = readCollection('glossary').map(({ data }) => data);

describe('glossary meanings for residents', () => {
  it('every term has a short meaning in both languages', () => {
    expect(terms.filter((term) => !term.meaning).map((term) => term.id)).toEqual([]);
  });

  it('a meaning is one short sentence, not a paragraph', () => {
    const long = terms.filter((term) => term.meaning && [...term.meaning.zh].length > 40).map((term) => term.id);
    expect(long).toEqual([]);
  });

  it.each(terms.filter((term) => term.meaning).map((term) => [term.id, term.meaning?.bo ?? ''] as const))(
    'the Tibetan meaning of %s follows the Tibetan text rules',
    (_id, text) => {
      expect(checkTibetanText(text).filter((problem) => problem.severity === 'error')).toEqual([]);
    },
  );

  it.each(terms.filter((term) => term.meaning).map((term) => [term.id, term.meaning?.zh ?? ''] as const))(
    'the Chinese meaning of %s is Chinese, without Tibetan letters',
    (_id, text) => {
      expect(text).toMatch(/\p{Script=Han}/u);
      expect(text).not.toMatch(/[\u0F00-\u0FFF]/u);
    },
  );
});
