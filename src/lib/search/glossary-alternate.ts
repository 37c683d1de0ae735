import type { Locale } from '../../i18n/locales.ts';
import { searchUnits, type SearchUnit } from './search-units.ts';
import type { GlossaryPair } from './search-record.ts';

/** The query with its glossary terms put into the other language. */
export interface GlossaryAlternate {
  query: string;
  /** The language the terms were put into. */
  language: Locale;
}

interface Form {
  keys: string[];
  translation: string;
  language: Locale;
}

/**
 * The forms a glossary entry gives in one field: 燃气（液化气） is 燃气 or 液化气, 宾馆、旅馆 is
 * 宾馆 or 旅馆, and quotation marks are not part of a term (“三合一”场所).
 */
export const termForms = (field: string): string[] =>
  field
    .replace(/[“”"‘’'《》〈〉]/gu, '')
    .split(/[、，,;；/（）()]/u)
    .map((form) => form.trim())
    .filter(Boolean);

const formsOf = (glossary: GlossaryPair[]): Form[] =>
  glossary.flatMap(({ zh, bo, variants = [] }) => {
    const zhForms = termForms(zh);
    const boForms = [bo, ...variants].flatMap(termForms);
    // A term is put into the other language as that language's first (main) form.
    return [
      ...zhForms.map((form) => ({ keys: keysOf(form), translation: boForms[0] ?? bo, language: 'bo' as const })),
      ...boForms.map((form) => ({ keys: keysOf(form), translation: zhForms[0] ?? zh, language: 'zh' as const })),
    ];
  });

const keysOf = (text: string) => searchUnits(text).map((unit) => unit.key);

/**
 * A query that names a glossary term (火灾 or མེ་སྐྱོན) is also worth searching in the other
 * language's words: a Tibetan page says མེ་སྐྱོན where a reader typed 火灾. Terms are matched as
 * whole phrases, longest first; a one-unit term only when it is the whole query, so 火 alone in a
 * longer query does not pull in unrelated words. Undefined when no term matches.
 */
export function glossaryAlternate(query: string, glossary: GlossaryPair[]): GlossaryAlternate | undefined {
  const units = searchUnits(query);
  const forms = formsOf(glossary)
    .filter((form) => form.keys.length > 1 || (form.keys.length === 1 && units.length === 1))
    .sort((a, b) => b.keys.length - a.keys.length);
  const pieces: { text: string; unit?: SearchUnit }[] = [];
  let language: Locale | undefined;
  for (let i = 0; i < units.length;) {
    const form = forms.find((f) =>
      f.keys.every((key, m) => units[i + m]?.key === key && (m === 0 || units[i + m]!.joined)),
    );
    if (form) {
      pieces.push({ text: form.translation });
      language ??= form.language;
      i += form.keys.length;
    } else {
      pieces.push({ text: units[i]!.key, unit: units[i]! });
      i++;
    }
  }
  if (!language) return undefined;
  const text = pieces
    .map((piece, i) => {
      if (i === 0) return piece.text;
      const joined = piece.unit?.joined && pieces[i - 1]!.unit;
      return (joined ? (piece.unit!.kind === 'bo' ? '\u0F0B' : '') : ' ') + piece.text;
    })
    .join('');
  return { query: text, language };
}
