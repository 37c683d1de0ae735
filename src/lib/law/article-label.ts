import type { Locale } from '../../i18n/locales.ts';

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

const UNITS = ['', 'གཅིག', 'གཉིས', 'གསུམ', 'བཞི', 'ལྔ', 'དྲུག', 'བདུན', 'བརྒྱད', 'དགུ'];
/** Round tens, and the connector a ten takes before a unit (ཉི་ཤུ but ཉེར་བརྒྱད). */
const TENS = ['', 'བཅུ', 'ཉི་ཤུ', 'སུམ་ཅུ', 'བཞི་བཅུ', 'ལྔ་བཅུ', 'དྲུག་ཅུ', 'བདུན་ཅུ', 'བརྒྱད་ཅུ', 'དགུ་བཅུ'];
const TEN_CONNECTORS = ['', 'བཅུ', 'ཉེར', 'སོ', 'ཞེ', 'ང', 'རེ', 'དོན', 'གྱ', 'གོ'];

/** The Tibetan number word for 1…99: བཅོ་ལྔ (15), ཉེར་བརྒྱད (28), དོན་བཞི (74). */
function tibetanCardinal(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return UNITS[ones]!;
  if (ones === 0) return TENS[tens]!;
  // The teens change their vowel before ལྔ and བརྒྱད.
  if (tens === 1 && (ones === 5 || ones === 8)) return `བཅོ་${UNITS[ones]}`;
  return `${TEN_CONNECTORS[tens]}་${UNITS[ones]}`;
}

/** The ordinal word: དང་པོ for 1, else the number word + པ (ཉེར་བརྒྱད་པ). */
const tibetanOrdinal = (n: number) => (n === 1 ? 'དང་པོ' : `${tibetanCardinal(n)}་པ`);

/**
 * The one place article and chapter numbers are written for a reader, in each language.
 * Tibetan (draft; glossary ids law-article-label / law-chapter-label) follows the PRC's official
 * Tibetan translations of national laws, which head chapters and articles with ལེའུ་ / དོན་ཚན་ and
 * the ordinal number word written out: དོན་ཚན་ཉེར་བརྒྱད་པ for 第二十八条.
 */
export function lawArticleLabel(locale: Locale, n: number): string {
  if (locale === 'zh') return articleLabel(n);
  checkRange(n, 99, 'article');
  return `དོན་ཚན་${tibetanOrdinal(n)}`;
}

/** 第二章 / ལེའུ་གཉིས་པ */
export function lawChapterLabel(locale: Locale, n: number): string {
  checkRange(n, 99, 'chapter');
  return locale === 'zh' ? `第${chineseNumeral(n)}章` : `ལེའུ་${tibetanOrdinal(n)}`;
}
