import { HTML_LANG } from '../../i18n/locales.ts';
import type { LanguageOrder } from '../../lib/screen/parse-screen-options.ts';
import type { Bilingual } from '../../i18n/locales.ts';
import type {} from '../../lib/screen/screen-data.ts';

export const languagesIn = (order: LanguageOrder) =>
  order === 'bo-zh' ? (['bo', 'zh'] as const) : (['zh', 'bo'] as const);

interface Props {
  text: Bilingual;
  order: LanguageOrder;
  /** Block elements are measured when a slide is fitted to the screen; inline ones sit in a measured block. */
  as?: 'p' | 'span';
  class?: string;
}

/**
 * The same text in both languages at once, each with its own lang attribute, in the crew's chosen order.
 * Text that is the same in both (a number such as 12119) is shown once.
 */
export function Bilingual({ text, order, as = 'p', class: className = '' }: Props) {
  const Tag = as;
  const locales = text.zh === text.bo ? languagesIn(order).slice(0, 1) : languagesIn(order);
  return (
    <>
      {locales.map((locale) => (
        <Tag
          key={locale}
          class={`${className} in-${locale}`.trim()}
          lang={HTML_LANG[locale]}
          data-fit={as === 'p' ? '' : undefined}
        >
          {text[locale]}
        </Tag>
      ))}
    </>
  );
}

/** One label for an attribute (aria-label, title), both languages joined in the crew's order. */
export const joined = (text: Bilingual, order: LanguageOrder) =>
  languagesIn(order)
    .map((locale) => text[locale])
    .join(' · ');
