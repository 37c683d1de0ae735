import { HTML_LANG, type Locale } from '../../i18n/locales.ts';

const TIBETAN = /[\u0F40-\u0FBC]/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * The language a piece of result text is mostly written in, as a `lang` value: a Tibetan result
 * page may show a Chinese statute excerpt, which needs the Chinese font and size.
 */
export function contentLanguage(text: string, fallback: Locale): string {
  const tibetan = text.match(TIBETAN)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  if (!tibetan && !han) return HTML_LANG[fallback];
  // A Tibetan syllable is about three code points, a Chinese word about two characters.
  return tibetan / 3 >= han / 2 ? HTML_LANG.bo : HTML_LANG.zh;
}
