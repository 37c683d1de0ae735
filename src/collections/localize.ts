import type { Locale } from '@/i18n/locales.ts';

/** One entry of a `<lang>/<slug>` collection as a page shows it. */
export interface LocalizedEntry<T> {
  slug: string;
  entry: T;
  /** True when the Tibetan is not ready and the Chinese entry stands in (the page says so). */
  fallback: boolean;
}

export interface Localized<T> {
  get(locale: Locale, slug: string): T | undefined;
  slugs(locale: Locale): string[];
  /** Every slug (Chinese is the source), in the reader's language where it exists. */
  forLocale(locale: Locale): LocalizedEntry<T>[];
}

export function localize<T extends { id: string }>(entries: T[]): Localized<T> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const slugs = (locale: Locale) =>
    entries.filter((entry) => entry.id.startsWith(`${locale}/`)).map((entry) => entry.id.slice(locale.length + 1));
  return {
    get: (locale, slug) => byId.get(`${locale}/${slug}`),
    slugs,
    forLocale: (locale) =>
      slugs('zh').map((slug) => {
        const own = byId.get(`${locale}/${slug}`);
        return { slug, entry: own ?? byId.get(`zh/${slug}`)!, fallback: !own };
      }),
  };
}
