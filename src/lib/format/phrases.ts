import type { Locale } from '../../i18n/locales.ts';

/**
 * Ends a Tibetan phrase with a shad the way tibetan-text-rules §5 asks: ང takes ༌། (non-breaking
 * tsheg), ཀ/ག (with a vowel) take a no-break space before ། , any other letter takes ། directly.
 * Text already ending in a shad, or not ending in a Tibetan letter, is left as it is.
 */
export function endTibetanPhrase(text: string): string {
  const trimmed = text.replace(/[\u0F0B\u0F0C\s]+$/u, '');
  if (/[\u0F0D\u0F0E]$/u.test(trimmed)) return trimmed;
  if (/\u0F44$/u.test(trimmed)) return `${trimmed}\u0F0C\u0F0D`;
  if (/[\u0F40\u0F42][\u0F72\u0F74\u0F7A\u0F7C]?$/u.test(trimmed)) return `${trimmed}\u00A0\u0F0D`;
  if (/[\u0F40-\u0FBC]$/u.test(trimmed)) return `${trimmed}\u0F0D`;
  return trimmed;
}

/** How templates punctuate between phrases in each language, so no ASCII ":" or " · " meets Tibetan. */
export interface Phrases {
  /** A label before its value: 相关人群： / འབྲེལ་ཡོད་མི་སྣ། */
  label: (text: string) => string;
  /** Short items in a row: 家庭 · 学校 / ཁྱིམ་ཚང། སློབ་གྲྭ */
  join: (parts: readonly string[]) => string;
  /** What goes after an inline element whose text is `text` when another follows (links in a row). */
  separatorAfter: (text: string) => string;
}

const zhPhrases: Phrases = {
  label: (text) => `${text}：`,
  join: (parts) => parts.join(' · '),
  separatorAfter: () => ' · ',
};

const boPhrases: Phrases = {
  label: endTibetanPhrase,
  join: (parts) => parts.map((part, i) => (i < parts.length - 1 ? endTibetanPhrase(part) : part)).join(' '),
  separatorAfter: (text) => {
    const bare = text.replace(/[\u0F0B\u0F0C\s]+$/u, '');
    if (/[\u0F0D\u0F0E]$/u.test(bare)) return ' ';
    const ended = endTibetanPhrase(bare);
    // After a number or a Latin code a plain shad ends the phrase.
    return ended === bare ? '། ' : `${ended.slice(bare.length)} `;
  },
};

export const phrasesFor = (locale: Locale): Phrases => (locale === 'zh' ? zhPhrases : boPhrases);
