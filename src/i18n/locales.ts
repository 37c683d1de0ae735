/** The one list of site languages: config, routes, schemas and tests all import it. */
export const LOCALES = ['zh', 'bo'] as const;
export type Locale = (typeof LOCALES)[number];

/** The same thing in both languages: `Bilingual` for a text, `Bilingual<T>` for anything else. */
export type Bilingual<T = string> = Record<Locale, T>;

/** The value of `<html lang>` and `hreflang` for each locale. */
export const HTML_LANG: Bilingual = { zh: 'zh-CN', bo: 'bo' };

/** Each language's name written in itself, for the switcher and the entry page. */
export const ENDONYM: Bilingual = { zh: '中文', bo: 'བོད་ཡིག' };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The other language, for the switcher. */
export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'bo' : 'zh');

/** `getStaticPaths` entries for a `[lang]` route. */
export const localeParams = () => LOCALES.map((lang) => ({ params: { lang } }));
