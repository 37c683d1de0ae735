import { getCollection, type CollectionEntry } from 'astro:content';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/locales.ts';
import { ICONS } from '@/lib/icons.ts';
import { orderPlaylists } from '@/lib/screen/order-playlists.ts';
import { pickQuizQuestions } from '@/lib/screen/pick-quiz-questions.ts';
import type { Bilingual } from '@/i18n/locales.ts';
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

const qrCache = new Map<string, Promise<string>>();
/** A QR code as SVG markup, made at build time: no request, works offline. Same link, same code. */
const qrSvg = (url: string) => {
  let svg = qrCache.get(url);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    qrCache.set(url, svg);
  }
  return svg;
};

const qrPair = async (link: string, site: URL): Promise<Bilingual> => {
  const [zh, bo] = await Promise.all(
    (['zh', 'bo'] satisfies Locale[]).map((locale) => qrSvg(new URL(href.inLocale(locale, link), site).href)),
  );
  return { zh: zh!, bo: bo! };
};

/** A playlist's slides and quiz questions, as its player island gets them. */
export async function playlistData(
  entry: CollectionEntry<'slides'>,
  site: URL,
  trueFalse: { true: Bilingual; false: Bilingual },
): Promise<{ slides: ScreenSlide[]; questions: ScreenQuestion[] }> {
  const slides = await Promise.all(
    entry.data.slides.map(async (slide) => ({
      message: { zh: slide.message.zh, bo: slide.message.bo },
      icon: ICONS[slide.icon],
      seconds: slide.seconds,
      draft: slide.message.status === 'draft',
      ...(slide.link ? { qr: await qrPair(slide.link, site) } : {}),
    })),
  );
  const questions = pickQuizQuestions(await loadQuestions(), entry.id, trueFalse);
  return { slides, questions };
}
