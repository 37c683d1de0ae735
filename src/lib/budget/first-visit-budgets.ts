import type { Locale } from '../../i18n/locales.ts';
import { href } from '../../site/routes.ts';

/**
 * What a first visit and an offline save may cost a reader (issue 17, SPEC "Fast on 2G"), in bytes.
 * The tests (e2e/first-visit-budget.spec.ts) and `npm run bench` read them from here.
 */
const KB = 1024;
const MB = 1024 * KB;

export const FIRST_VISIT_BUDGETS: Record<'pageAlone' | 'withWorker' | 'savedStorage', Record<Locale, number>> = {
  /** One page on the wire with its styles, scripts and fonts, before any service worker. */
  pageAlone: { zh: 30 * KB, bo: 100 * KB },
  /** The same page plus everything the service worker fetches while the reader stays (15 s). */
  withWorker: { zh: 120 * KB, bo: 200 * KB },
  /** `navigator.storage.estimate()` usage after a full save of that language. */
  savedStorage: { zh: 5 * MB, bo: 6.5 * MB },
};

/** One page of each type a first visit may land on (a QR code, a shared link, a search result). */
export const FIRST_VISIT_PAGES: {
  type: string;
  path: (locale: Locale) => string;
}[] = [
  { type: 'home', path: href.home },
  { type: 'law article', path: (locale) => href.law(locale, 28) },
  { type: 'guide', path: (locale) => href.guide(locale, 'winter-stoves') },
  { type: 'quiz set', path: (locale) => href.quiz(locale, 'households') },
  { type: 'classroom', path: href.classroom },
  { type: 'search', path: (locale) => href.search(locale) },
  { type: 'offline', path: href.offline },
];
