import type { Locale } from '../../i18n/locales.ts';
import { lawArticleLabel } from './article-label.ts';

/** The statute's title in each language (glossary id fire-law-full-title; the Tibetan is draft). */
export const LAW_TITLE: Record<Locale, string> = {
  zh: '中华人民共和国消防法',
  bo: 'ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ་ཀྱི་མེ་ཟོན་བཅའ་ཁྲིམས',
};

/** How a source names an article: 《中华人民共和国消防法》第二十八条 / 《…མེ་ཟོན་བཅའ་ཁྲིམས》དོན་ཚན་ ༢༨ པ */
export const lawCitation = (locale: Locale, article: number): string =>
  `《${LAW_TITLE[locale]}》${lawArticleLabel(locale, article)}`;
