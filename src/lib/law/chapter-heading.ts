import type { Locale } from '../../i18n/locales.ts';
import { lawChapterLabel } from './article-label.ts';

/**
 * Tibetan chapter titles of the Fire Protection Law (draft, plain renderings in the words the
 * glossary uses: སྔོན་འགོག prevention, རོགས་སྐྱོབ rescue, ཞིབ་བཤེར inspection). There is no official
 * Tibetan text; the Chinese heading stays beside it on the article page.
 */
const TIBETAN_CHAPTER_TITLES: Record<number, string> = {
  1: 'སྤྱི་སྒྲིག',
  2: 'མེ་སྐྱོན་སྔོན་འགོག',
  3: 'མེ་ཟོན་སྒྲིག་འཛུགས',
  4: 'མེ་གསོད་རོགས་སྐྱོབ',
  5: 'ལྟ་རྟོག་ཞིབ་བཤེར',
  6: 'ཁྲིམས་ཀྱི་འགན་འཁྲི',
  7: 'ཟུར་སྒྲིག',
};

/** 第二章 火灾预防 / ལེའུ་གཉིས་པ། མེ་སྐྱོན་སྔོན་འགོག (a shad, not a space, after a Tibetan label). */
export function lawChapterHeading(locale: Locale, chapter: { number: number; title: string }): string {
  const label = lawChapterLabel(locale, chapter.number);
  if (locale === 'zh') return `${label} ${chapter.title}`;
  const title = TIBETAN_CHAPTER_TITLES[chapter.number];
  if (!title) throw new RangeError(`no Tibetan title for chapter ${chapter.number}`);
  return `${label}། ${title}`;
}
