/**
 * The site map: every public page address is built here and nowhere else (the URL contract in
 * README "Public addresses"). Pages, search records, the sitemap, the service worker's shell list
 * and the offline manifest all call these functions, so a path changes in one place.
 *
 * Plain TypeScript with no Astro imports: Node-side build steps and islands use it too.
 */
import type { Audience } from '../i18n/audiences.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

const inLocale = (locale: Locale, path = '') => `/${locale}/${path}`;

export const href = {
  /** The bilingual entry page; `choose` keeps it from forwarding to the remembered language. */
  entry: (options: { choose?: boolean } = {}) => (options.choose ? '/?choose' : '/'),
  home: (locale: Locale) => inLocale(locale),
  lawIndex: (locale: Locale) => inLocale(locale, 'law/'),
  lawChapter: (locale: Locale, chapter: number) => `${inLocale(locale, 'law/')}#chapter-${chapter}`,
  law: (locale: Locale, article: number) => inLocale(locale, `law/${article}/`),
  campaignIndex: (locale: Locale) => inLocale(locale, 'campaign/'),
  campaign: (locale: Locale, audience: Audience) => inLocale(locale, `campaign/${audience}/`),
  poster: (locale: Locale, audience: Audience) => inLocale(locale, `campaign/${audience}/poster/`),
  guidesIndex: (locale: Locale) => inLocale(locale, 'guides/'),
  guide: (locale: Locale, slug: string) => inLocale(locale, `guides/${slug}/`),
  checklistsIndex: (locale: Locale) => inLocale(locale, 'checklists/'),
  checklist: (locale: Locale, slug: string) => inLocale(locale, `checklists/${slug}/`),
  quizIndex: (locale: Locale) => inLocale(locale, 'quiz/'),
  quiz: (locale: Locale, set: string) => inLocale(locale, `quiz/${set}/`),
  classroom: (locale: Locale) => inLocale(locale, 'classroom/'),
  search: (locale: Locale, query?: string) =>
    inLocale(locale, 'search/') + (query ? `?q=${encodeURIComponent(query)}` : ''),
  glossary: (locale: Locale) => inLocale(locale, 'glossary/'),
  offline: (locale: Locale) => inLocale(locale, 'offline/'),
  noticesIndex: (locale: Locale) => inLocale(locale, 'notices/'),
  notice: (locale: Locale, slug: string) => inLocale(locale, `notices/${slug}/`),
  screenIndex: () => '/screen/',
  screen: (playlist: string) => `/screen/${playlist}/`,
  admin: () => '/admin/',
  /** A locale-less address written in content (a slide's `link: /guides/tents/`) in one language. */
  inLocale: (locale: Locale, path: string) => `/${locale}${path.startsWith('/') ? path : `/${path}`}`,
  /** Data files the islands fetch. */
  searchIndexFile: (locale: Locale) => `/search/index-${locale}.json`,
  /** The icon every page names in its head. */
  favicon: () => '/favicon.svg',
  /** A quiz set's questions in both languages (source links in `locale`), for the classroom. */
  quizQuestionsFile: (locale: Locale, set: string) => inLocale(locale, `quiz/${set}/questions.json`),
} as const;

/**
 * The same page in another language: `/zh/law/28/` → `/bo/law/28/`. Addresses outside the
 * locale folders (`/`, `/screen/…`) have no twin and come back unchanged.
 */
export function localizedPath(path: string, locale: Locale): string {
  const match = /^\/([^/]+)(\/.*)?$/.exec(path);
  const first = match?.[1];
  if (!first || !(LOCALES as readonly string[]).includes(first)) return path;
  return `/${locale}${match[2] ?? '/'}`;
}

/** The main navigation, in order: each entry's address and the UI string that names it. */
export const NAVIGATION = [
  { key: 'nav.home', href: href.home },
  { key: 'nav.law', href: href.lawIndex },
  { key: 'nav.campaign', href: href.campaignIndex },
  { key: 'nav.guides', href: href.guidesIndex },
  { key: 'nav.checklists', href: href.checklistsIndex },
  { key: 'nav.quiz', href: href.quizIndex },
  { key: 'nav.search', href: (locale: Locale) => href.search(locale) },
  { key: 'nav.glossary', href: href.glossary },
  { key: 'nav.offline', href: href.offline },
] as const;

/** The language folder an address is in (`/bo/law/28/` → `bo`), or undefined outside them. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return (LOCALES as readonly string[]).includes(first ?? '') ? (first as Locale) : undefined;
}

/** An address without its language folder: `/zh/law/28/` → `/law/28/` (the form content links use). */
export const withoutLocale = (path: string) => (localeOfPath(path) ? path.slice(path.indexOf('/', 1)) : path);

/** Posters are printed, not read on a phone: they stay out of the offline save. */
export const isPosterPath = (path: string) => /^\/[^/]+\/campaign\/[^/]+\/poster\/$/.test(path);

/**
 * The app shell of one language: what a phone keeps after its first visit in the reader's language,
 * besides the page it opened, before "save for offline": the offline page (shown for pages not saved,
 * and it links to the next two) and what to do in a fire. Each costs a first visit on 2G its bytes.
 */
export const shellPages = (locale: Locale) => [
  href.offline(locale),
  href.guide(locale, 'calling-119'),
  href.guide(locale, 'escape-smoke'),
];

/** The built file of a page address: `/zh/law/` → `zh/law/index.html`. */
export const fileOfPage = (path: string) => `${path.replace(/^\//, '')}index.html`;
