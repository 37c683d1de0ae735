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

/** A date as readers write it: 2026年12月3日 in Chinese; ISO digits in Tibetan (ASCII, as for phone numbers). */
export function formatDay(date: Date, locale: 'zh' | 'bo'): string {
  const [y, m, d] = dayOf(date).split('-').map(Number);
  return locale === 'zh' ? `${y}年${m}月${d}日` : dayOf(date);
}
