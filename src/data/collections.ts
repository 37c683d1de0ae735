import { getCollection } from 'astro:content';
import type { Locale } from '@/i18n/locales.ts';
import { byNewest, noticeState } from '@/lib/notices/notice-state.ts';
import { SITE_CONFIG } from '@/site.config.ts';
import { localize } from '../collections/localize.ts';

// Each collection is read once per build, however many pages use it.
const once = <T>(load: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

export const loadGuides = once(async () => localize(await getCollection('guides')));
export const loadCampaign = once(async () => localize(await getCollection('campaign')));
export const loadChecklists = once(async () => localize(await getCollection('checklists')));
export const loadGlossary = once(async () => (await getCollection('glossary')).map((entry) => entry.data));
export const loadQuizSets = once(async () => await getCollection('quizSets'));

/** One 七进 hub in the reader's language, or the Chinese one standing in (`fallback`). */
export async function loadHub(locale: Locale, audience: string) {
  const campaign = await loadCampaign();
  const own = campaign.get(locale, audience);
  return { hub: own ?? campaign.get('zh', audience)!, fallback: !own };
}

/** Notices in the reader's language (Chinese standing in), each with its state on the build day. */
export async function loadNotices(locale: Locale) {
  const notices = localize(await getCollection('notices'));
  return notices
    .forLocale(locale)
    .map((notice) => ({ ...notice, state: noticeState(notice.entry.data, SITE_CONFIG.buildDay) }))
    .sort((a, b) => byNewest(a.entry.data, b.entry.data));
}
