import { glossaryEntry } from './lexicon.ts';
import { alternateQuery, queryWords, type QueryAlternate } from './query-words.ts';
import type { GlossaryPair } from './search-record.ts';

export { termForms } from './lexicon.ts';
export type GlossaryAlternate = QueryAlternate;

/**
 * A query that names a glossary term (火灾 or མེ་སྐྱོན) is also worth searching in the other
 * language's words: a Tibetan page says མེ་སྐྱོན where a reader typed 火灾. Terms are matched as
 * whole phrases, longest first; a one-unit term only when it is the whole query, so 火 alone in a
 * longer query does not pull in unrelated words. Undefined when no term matches.
 */
export const glossaryAlternate = (query: string, glossary: GlossaryPair[]): GlossaryAlternate | undefined =>
  alternateQuery(queryWords(query, glossary.map(glossaryEntry)));
