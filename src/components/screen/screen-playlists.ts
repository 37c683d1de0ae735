import type { Bilingual } from '@/i18n/locales.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ICONS, onePath } from '@/lib/icon-set.ts';
import { orderPlaylists } from '@/lib/screen/order-playlists.ts';
import { pickQuizQuestions } from '@/lib/screen/pick-quiz-questions.ts';
import type { ScreenQuestion, ScreenSlide } from '@/lib/screen/screen-data.ts';
import { byNewest, noticeState } from '@/lib/notices/notice-state.ts';
import { SITE_CONFIG } from '@/site.config.ts';
import { href } from '../../site/routes.ts';

// Collections are read once per build, however many screen pages use them.
const once = <T>(load: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

/** Every playlist in `content/slides/`, in the order the chooser lists them (the first is the default). */
export const loadPlaylists = once(async () => {
  const entries = await getCollection('slides');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return orderPlaylists([...byId.keys()]).map((id) => byId.get(id)!);
});

const loadQuestions = once(() => getCollection('quizQuestions'));

/**
 * Current notices (on the build day) with both languages, as slides that open every playlist:
 * what the brigade is doing now comes first. The QR code opens the notice.
 */
const loadNoticeSlides = once(async () => {
  const notices = await getCollection('notices');
  const current = notices
    .filter((entry) => entry.id.startsWith('zh/') && noticeState(entry.data, SITE_CONFIG.buildDay) === 'current')
    .sort((a, b) => byNewest(a.data, b.data));
  return current.flatMap((zh): ScreenSlide[] => {
    const slug = zh.id.slice('zh/'.length);
    const bo = notices.find((entry) => entry.id === `bo/${slug}`);
    if (!bo) return [];
    return [
      {
        // The title: a slide is read from metres away, in one breath (the summary is for the homes).
        message: { zh: zh.data.title, bo: bo.data.title },
        icon: onePath(ICONS[zh.data.icon]),
        seconds: 15,
        draft: bo.data.status !== 'reviewed',
        // The screen draws the QR code on the device, from the address it was opened at.
        link: { zh: href.notice('zh', slug), bo: href.notice('bo', slug) },
      },
    ];
  });
});

/** A playlist's slides and quiz questions, as its player island gets them. */
export async function playlistData(
  entry: CollectionEntry<'slides'>,
  trueFalse: { true: Bilingual; false: Bilingual },
): Promise<{ slides: ScreenSlide[]; questions: ScreenQuestion[] }> {
  const slides = await Promise.all(
    entry.data.slides.map(async (slide) => ({
      message: { zh: slide.message.zh, bo: slide.message.bo },
      icon: onePath(ICONS[slide.icon]),
      seconds: slide.seconds,
      draft: slide.message.status === 'draft',
      ...(slide.link ? { link: { zh: href.inLocale('zh', slide.link), bo: href.inLocale('bo', slide.link) } } : {}),
    })),
  );
  const questions = pickQuizQuestions(await loadQuestions(), entry.id, trueFalse);
  const notices = await loadNoticeSlides();
  return { slides: [...notices, ...slides], questions };
}
