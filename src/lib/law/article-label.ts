import type { Locale } from '../../i18n/locales.ts';
import { tibetanDigits } from '../format/bo.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const checkRange = (n: number, max: number, what: string) => {
  if (!Number.isInteger(n) || n < 1 || n > max) throw new RangeError(`${what} number out of range: ${n}`);
};

/** 十六 for 16 (1…99), as the statute counts. */
const chineseNumeral = (n: number) => {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return `${tensPart}${ones === 0 ? '' : DIGITS[ones]}`;
};

/** 第十六条 for 16: the label the statute prints (1…99). */
export function articleLabel(n: number): string {
  checkRange(n, 99, 'article');
  return `第${chineseNumeral(n)}条`;
}

/** Tibetan ordinals for the seven chapters (ལེའུ་དང་པོ … ལེའུ་བདུན་པ). */
const TIBETAN_ORDINALS = ['དང་པོ', 'གཉིས་པ', 'གསུམ་པ', 'བཞི་པ', 'ལྔ་པ', 'དྲུག་པ', 'བདུན་པ', 'བརྒྱད་པ', 'དགུ་པ', 'བཅུ་པ'];

/**
 * The one place article and chapter numbers are written for a reader, in each language.
 * Tibetan (draft, awaiting a translator; glossary ids law-article-label / law-chapter-label) follows
 * PRC Tibetan translations of national laws: chapters by ordinal (ལེའུ་གཉིས་པ), articles by number in
 * Tibetan digits with the ordinal པ (དོན་ཚན་ ༢༨ པ), spaces around the number (tibetan-text-rules §5).
 */
export function lawArticleLabel(locale: Locale, n: number): string {
  if (locale === 'zh') return articleLabel(n);
  checkRange(n, 99, 'article');
  return `དོན་ཚན་ ${tibetanDigits(String(n))} པ`;
}

/** 第二章 / ལེའུ་གཉིས་པ */
export function lawChapterLabel(locale: Locale, n: number): string {
  checkRange(n, TIBETAN_ORDINALS.length, 'chapter');
  return locale === 'zh' ? `第${chineseNumeral(n)}章` : `ལེའུ་${TIBETAN_ORDINALS[n - 1]}`;
}
