import type { Bilingual } from '@/i18n/locales.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ICONS } from '@/lib/icons.ts';
import { orderPlaylists } from '@/lib/screen/order-playlists.ts';
import { pickQuizQuestions } from '@/lib/screen/pick-quiz-questions.ts';
import type { ScreenQuestion, ScreenSlide } from '@/lib/screen/screen-data.ts';
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

/** A playlist's slides and quiz questions, as its player island gets them. */
export async function playlistData(
  entry: CollectionEntry<'slides'>,
  trueFalse: { true: Bilingual; false: Bilingual },
): Promise<{ slides: ScreenSlide[]; questions: ScreenQuestion[] }> {
  const slides = await Promise.all(
    entry.data.slides.map(async (slide) => ({
      message: { zh: slide.message.zh, bo: slide.message.bo },
      icon: ICONS[slide.icon],
      seconds: slide.seconds,
      draft: slide.message.status === 'draft',
      ...(slide.link ? { link: { zh: href.inLocale('zh', slide.link), bo: href.inLocale('bo', slide.link) } } : {}),
    })),
  );
  const questions = pickQuizQuestions(await loadQuestions(), entry.id, trueFalse);
  return { slides, questions };
}
