import type { Locale } from '../../i18n/locales.ts';
import { boFormat } from './bo.ts';
import type { LocaleFormat } from './types.ts';
import { zhFormat } from './zh.ts';

export type { LocaleFormat } from './types.ts';

const FORMATS: Record<Locale, LocaleFormat> = { zh: zhFormat, bo: boFormat };

/** The one place numbers, dates and sizes are written for a reader: pages and islands both use it. */
export const formatFor = (locale: Locale): LocaleFormat => FORMATS[locale];
