import type { Locale } from '../../i18n/locales.ts';
import { searchUnits } from './search-units.ts';

/**
 * The other language whose pages a query should also search: Tibetan typed on the Chinese site,
 * Chinese typed on the Tibetan site. Undefined for a query in the page's own script, or digits only.
 */
export function otherScriptLocale(query: string, locale: Locale): Locale | undefined {
  const other: Locale = locale === 'zh' ? 'bo' : 'zh';
  const kind = other === 'bo' ? 'bo' : 'han';
  return searchUnits(query).some((unit) => unit.kind === kind) ? other : undefined;
}
