import type { Locale } from '../../i18n/locales.ts';
import { href } from '../../site/routes.ts';

/** A query a reader would type and the page that must come up in the first five results. */
export interface QueryCase {
  locale: Locale;
  query: string;
  expected: string;
  /** What the case exercises. */
  kind:
    | 'word'
    | 'one syllable'
    | 'syllables'
    | 'mid-sentence'
    | 'digits'
    | 'mixed script'
    | 'particle'
    | 'half typed'
    | 'everyday';
}

/**
 * The query table: the search tests run it against an index built from the real content, and the
 * README's engine comparison measured each engine's hit rate with it.
 */
export const QUERY_TABLE: QueryCase[] = [
  { locale: 'zh', query: '灭火器', expected: '/zh/guides/extinguishers/', kind: 'word' },
  { locale: 'zh', query: '燃气', expected: '/zh/guides/lpg-cylinders/', kind: 'word' },
  { locale: 'zh', query: '酥油灯', expected: '/zh/guides/butter-lamps/', kind: 'word' },
  { locale: 'zh', query: '电动车', expected: '/zh/guides/e-bike-charging/', kind: 'word' },
  { locale: 'zh', query: '烫', expected: '/zh/guides/burns-first-aid/', kind: 'word' },
  { locale: 'zh', query: '消防车通道', expected: '/zh/law/28/', kind: 'word' },
  { locale: 'zh', query: '减少火灾危害', expected: '/zh/law/1/', kind: 'mid-sentence' },
  { locale: 'zh', query: '把数字念给接警员', expected: '/zh/guides/calling-119/', kind: 'mid-sentence' },
  { locale: 'zh', query: '119', expected: '/zh/guides/calling-119/', kind: 'digits' },
  { locale: 'zh', query: '༡༡༩', expected: '/zh/guides/calling-119/', kind: 'digits' },
  { locale: 'zh', query: '12119', expected: '/zh/guides/grassland-forest-fire/', kind: 'digits' },
  { locale: 'zh', query: '拨打119报火警', expected: '/zh/guides/calling-119/', kind: 'mixed script' },
  { locale: 'zh', query: '冲15到20分钟', expected: '/zh/guides/burns-first-aid/', kind: 'mixed script' },
  { locale: 'bo', query: 'བཀྲུ', expected: '/bo/guides/burns-first-aid/', kind: 'one syllable' },
  { locale: 'bo', query: 'གདིང', expected: '/bo/guides/tents/', kind: 'one syllable' },
  { locale: 'bo', query: 'མེ་གསོད་འཕྲུལ་ཆས', expected: '/bo/guides/extinguishers/', kind: 'syllables' },
  { locale: 'bo', query: 'སྦྲ་གུར', expected: '/bo/guides/tents/', kind: 'syllables' },
  { locale: 'bo', query: 'ཆུ་ཁ་སྦས', expected: '/bo/law/28/', kind: 'mid-sentence' },
  { locale: 'bo', query: 'ལྕགས་ལེབ་ཀྱིས་བར་བཅད', expected: '/bo/guides/tents/', kind: 'mid-sentence' },
  { locale: 'bo', query: 'མཆོད་མེ', expected: '/bo/guides/butter-lamps/', kind: 'particle' },
  { locale: 'bo', query: 'མེ་གསོད་འཕྲུལ་ཆ', expected: '/bo/guides/extinguishers/', kind: 'half typed' },
  { locale: 'bo', query: '119', expected: '/bo/guides/calling-119/', kind: 'digits' },
  { locale: 'bo', query: '༡༡༩', expected: '/bo/guides/calling-119/', kind: 'digits' },
  { locale: 'bo', query: '༡༢༡༡༩', expected: '/bo/guides/grassland-forest-fire/', kind: 'digits' },
  { locale: 'bo', query: '119 ལ་ཁ་པར', expected: '/bo/guides/calling-119/', kind: 'mixed script' },
  { locale: 'bo', query: 'སྐར་མ་ ༡༥ ནས་ ༢༠', expected: '/bo/guides/burns-first-aid/', kind: 'mixed script' },
  { locale: 'bo', query: '消防车通道', expected: '/bo/law/28/', kind: 'mixed script' },
  ...everyday(),
];

/**
 * What residents type, in their own words rather than the pages' (content/glossary/synonyms.yaml):
 * the guide named must come first, not only in the first five.
 */
function everyday(): QueryCase[] {
  const cases: [Locale, string, string][] = [
    ['zh', '小孩玩火', 'children'],
    ['zh', '帐篷着火', 'tents'],
    ['zh', '煤气中毒', 'winter-stoves'],
    ['zh', '烤火', 'winter-stoves'],
    ['zh', '电瓶车充电', 'e-bike-charging'],
    ['zh', '煤气罐漏气', 'lpg-cylinders'],
    ['zh', '放鞭炮', 'festivals'],
    ['zh', '烫着了', 'burns-first-aid'],
    ['zh', '山火', 'grassland-forest-fire'],
    ['zh', '农家乐', 'guesthouses'],
    ['zh', '插线板', 'electric-heaters'],
    ['bo', 'ཕྲུ་གུ', 'children'],
    ['bo', 'གློག་རྟ', 'e-bike-charging'],
    ['bo', 'དུག་རླངས་ཕོག', 'winter-stoves'],
    ['bo', 'མེ་སྲོ', 'winter-stoves'],
    ['bo', 'གུར', 'tents'],
    ['bo', 'དཀར་མེ', 'butter-lamps'],
    ['bo', 'ལོ་གསར', 'festivals'],
    ['bo', '煤气中毒', 'winter-stoves'],
  ];
  return cases.map(([locale, query, slug]) => ({
    locale,
    query,
    expected: href.guide(locale, slug),
    kind: 'everyday',
  }));
}
