declare namespace App {
  interface Locals {
    /** The page's language (src/middleware.ts). */
    locale: import('./i18n/locales.ts').Locale;
    /** The translator for `locale`, with `{name}` placeholders filled in. */
    t: import('./i18n/t.ts').Translate;
  }
}
