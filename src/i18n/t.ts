import { formatFor } from '../lib/format/index.ts';
import { formatMessage, type MessageValues } from './format-message.ts';
import type { Locale } from './locales.ts';
import { bo } from './ui/bo.ts';
import { zh, type UiKey } from './ui/zh.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { zh, bo };

/**
 * A translator for one locale, with `{name}` placeholders filled in (numbers in the locale's digits). Used in `.astro` files only;
 * dictionaries never reach the browser. Pages get theirs from `Astro.locals.t` (src/middleware.ts).
 */
export const useTranslations =
  (locale: Locale) =>
  (key: UiKey, values?: MessageValues): string =>
    formatMessage(dictionaries[locale][key], values, formatFor(locale).count);
export type Translate = ReturnType<typeof useTranslations>;

/** UI keys that start with `prefix.`, without it: `LabelKey<'quiz'>` is `'submit' | 'next' | …`. */
export type LabelKey<P extends string> = UiKey extends infer K
  ? K extends `${P}.${infer Rest}`
    ? Rest
    : never
  : never;
/** The strings an island needs, named by their dictionary keys, so the two cannot drift apart. */
export type Labels<P extends string, K extends LabelKey<P> = LabelKey<P>> = { [Name in K]: string };

/**
 * Picks an island's labels from the dictionary: `labels(t, 'quiz', ['submit', 'next'])`. The keys
 * are checked against the dictionary; placeholders stay for the island to fill with `formatMessage`.
 */
export function labels<P extends string, K extends LabelKey<P>>(
  locale: Locale,
  prefix: P,
  keys: readonly K[],
): Labels<P, K> {
  return Object.fromEntries(keys.map((key) => [key, dictionaries[locale][`${prefix}.${key}` as UiKey]])) as Labels<
    P,
    K
  >;
}

/** Every `prefix.*` string of the dictionary, without the prefix: for an island that shows them all. */
export function allLabels<P extends string>(locale: Locale, prefix: P): Labels<P> {
  const start = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(dictionaries[locale])
      .filter(([key]) => key.startsWith(start))
      .map(([key, text]) => [key.slice(start.length), text]),
  ) as Labels<P>;
}
