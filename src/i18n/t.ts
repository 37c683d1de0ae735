import type { Locale } from './locales.ts';
import { bo } from './ui/bo.ts';
import { zh, type UiKey } from './ui/zh.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { zh, bo };

/** A translator for one locale. Used in `.astro` files only; dictionaries never reach the browser. */
export const useTranslations = (locale: Locale) => (key: UiKey) => dictionaries[locale][key];
export type Translate = ReturnType<typeof useTranslations>;
