import type { Locale } from '../../i18n/locales.ts';
import { formatFor } from '../format/index.ts';

/** Where a notice stands on a given day. */
export type NoticeState = 'upcoming' | 'current' | 'expired';

/** YYYY-MM-DD of a date, in UTC (dates in content files are whole days, parsed as UTC midnight). */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A notice is current from its publication day through its expiry day, both included. The site
 * decides this when it is built (README "Notices": rebuild daily so notices come and go on time).
 */
export function noticeState(notice: { date: Date; expires?: Date | undefined }, today: string): NoticeState {
  if (dayOf(notice.date) > today) return 'upcoming';
  if (notice.expires && dayOf(notice.expires) < today) return 'expired';
  return 'current';
}

/** Newest first; the order of the homes, the screen and the archive. */
export const byNewest = <T extends { date: Date }>(a: T, b: T) => b.date.getTime() - a.date.getTime();

/**
 * A content day as readers write it (src/lib/format/): 2026年12月3日, སྤྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༢ ཚེས་ ༣. The
 * day is read in UTC, as content dates are, and written as that calendar day wherever it is built.
 */
export function formatDay(date: Date, locale: Locale): string {
  const [y = 1970, m = 1, d = 1] = dayOf(date).split('-').map(Number);
  return formatFor(locale).date(new Date(y, m - 1, d));
}
