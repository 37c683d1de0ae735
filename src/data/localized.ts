import type { Locale } from '@/i18n/locales.ts';

/** Entries of a `<lang>/<slug>` collection keyed by language, then slug. */
export interface Localized<T> {
  get(locale: Locale, slug: string): T | undefined;
  slugs(locale: Locale): string[];
}

export function localize<T extends { id: string }>(entries: T[]): Localized<T> {
  const bySlug = new Map<string, T>();
  for (const entry of entries) bySlug.set(entry.id, entry);
  return {
    get: (locale, slug) => bySlug.get(`${locale}/${slug}`),
    slugs: (locale) =>
      entries.filter((entry) => entry.id.startsWith(`${locale}/`)).map((entry) => entry.id.slice(locale.length + 1)),
  };
}
