import { defineMiddleware } from 'astro:middleware';
import { isLocale } from './i18n/locales.ts';
import { useTranslations } from './i18n/t.ts';

/**
 * Sets the page's locale and translator once, before any component runs: `Astro.locals.locale`
 * and `Astro.locals.t`. `/{lang}/…` pages take the language from the address; the bilingual
 * pages outside it (`/`, `/screen/…`, 404) get Chinese, the site's source language, and pick
 * Tibetan strings themselves where they show both.
 */
export const onRequest = defineMiddleware((context, next) => {
  const lang = context.params['lang'];
  const locale = isLocale(lang) ? lang : 'zh';
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
