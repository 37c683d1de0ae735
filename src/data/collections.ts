import { getCollection } from 'astro:content';
import { localize } from './localized.ts';

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
