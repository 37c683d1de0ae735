import { getCollection, type CollectionEntry } from 'astro:content';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/locales.ts';
import { ICONS } from '@/lib/icons.ts';
import { orderPlaylists } from '@/lib/screen/order-playlists.ts';
import { pickQuizQuestions } from '@/lib/screen/pick-quiz-questions.ts';
import type { Bilingual } from '@/i18n/locales.ts';
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

/**
 * Current notices (on the build day) with both languages, as slides that open every playlist:
 * what the brigade is doing now comes first. The QR code opens the notice.
 */
const loadNoticeSlides = once(async () => {
  const notices = await getCollection('notices');
  const current = notices
    .filter((entry) => entry.id.startsWith('zh/') && noticeState(entry.data, SITE_CONFIG.buildDay) === 'current')
    .sort((a, b) => byNewest(a.data, b.data));
  return (site: URL) =>
    Promise.all(
      current.flatMap((zh) => {
        const slug = zh.id.slice('zh/'.length);
        const bo = notices.find((entry) => entry.id === `bo/${slug}`);
        if (!bo) return [];
        return [
          (async (): Promise<ScreenSlide> => ({
            message: { zh: zh.data.summary, bo: bo.data.summary },
            icon: ICONS[zh.data.icon],
            seconds: 15,
            draft: bo.data.status !== 'reviewed',
            qr: {
              zh: await qrSvg(new URL(href.notice('zh', slug), site).href),
              bo: await qrSvg(new URL(href.notice('bo', slug), site).href),
            },
          }))(),
        ];
      }),
    );
});

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
  const notices = await (await loadNoticeSlides())(site);
  return { slides: [...notices, ...slides], questions };
}
