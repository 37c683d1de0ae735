import type { Locale } from '../../i18n/locales.ts';
import type { LexiconEntry } from './lexicon.ts';
import { bigram, phrases, searchUnits, type SearchUnit } from './search-units.ts';

/** A piece of a query: a lexicon word, or the typed units between such words. */
export interface QueryWord {
  /** The typed units it covers, all in one phrase. */
  units: SearchUnit[];
  /** The ways of saying it searched for: as typed first, then its synonyms in the same language. */
  alternatives: string[];
  /** The lexicon's main word for it in the other language, when it is a lexicon word. */
  translation?: { text: string; language: Locale };
  /** Pages this word is the subject of (the lexicon's guides), to list first. */
  first?: number[];
}

interface Form {
  keys: string[];
  entry: LexiconEntry;
  language: Locale;
}

const keysOf = (text: string) => searchUnits(text).map((unit) => unit.key);

/** The typed text of some units of one phrase, folded: 火灾, མེ་སྐྱོན. */
export const unitsText = (units: SearchUnit[]) =>
  units.map((unit, i) => (i === 0 ? unit.key : bigram('', unit.key, unit.kind))).join('');

/**
 * Splits a query into words with the lexicon: inside each phrase the longest lexicon word at each
 * place is a word of its own (小孩玩火 is 小孩 + 玩火, and 小孩 also searches as 孩子), the rest
 * stays as typed. A one-unit lexicon word counts only when it is the whole query, so 火 inside a
 * longer query does not pull in every fire word.
 */
export function queryWords(query: string, lexicon: LexiconEntry[]): QueryWord[][] {
  const units = searchUnits(query);
  const forms: Form[] = lexicon
    .flatMap((entry) =>
      (['zh', 'bo'] as const).flatMap((language) =>
        entry[language].map((word) => ({ keys: keysOf(word), entry, language })),
      ),
    )
    .filter((form) => form.keys.length > 1 || (form.keys.length === 1 && units.length === 1))
    .sort((a, b) => b.keys.length - a.keys.length);
  return phrases(units).map((run) => {
    const words: QueryWord[] = [];
    let typed: SearchUnit[] = [];
    const flush = () => {
      if (typed.length) words.push({ units: typed, alternatives: [unitsText(typed)] });
      typed = [];
    };
    for (let i = 0; i < run.length;) {
      const form = forms.find((f) => f.keys.every((key, m) => run[i + m]?.key === key));
      if (!form) {
        typed.push(run[i++]!);
        continue;
      }
      flush();
      const covered = run.slice(i, i + form.keys.length);
      const typedText = unitsText(covered);
      const other: Locale = form.language === 'zh' ? 'bo' : 'zh';
      const translation = form.entry[other][0];
      words.push({
        units: covered,
        alternatives: [
          typedText,
          ...form.entry[form.language]
            .filter((word) => !form.entry.unused?.includes(word))
            .map((word) => unitsText(searchUnits(word))),
        ].filter((word, n, all) => all.indexOf(word) === n),
        ...(translation ? { translation: { text: translation, language: other } } : {}),
        ...(form.entry.first?.length ? { first: form.entry.first } : {}),
      });
      i += form.keys.length;
    }
    flush();
    return words;
  });
}

/** The query with its lexicon words put into the other language. */
export interface QueryAlternate {
  query: string;
  /** The language the words were put into. */
  language: Locale;
}

/**
 * A query naming a lexicon word (火灾, 煤气中毒 or མེ་སྐྱོན) is also worth searching in the other
 * language's words: a Tibetan page says མེ་སྐྱོན where a reader typed 火灾. Undefined when no
 * word has a translation.
 */
export function alternateQuery(words: QueryWord[][]): QueryAlternate | undefined {
  const language = words.flat().find((word) => word.translation)?.translation!.language;
  if (!language) return undefined;
  const query = words
    .flat()
    .map((word) => word.translation?.text ?? word.alternatives[0]!)
    .join(' ');
  return { query, language };
}
