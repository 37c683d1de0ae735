/**
 * Tibetan a reader may type that the site itself never shows: a team's or a child's name, a search
 * query. The stacks of native Tibetan spelling (the 30 letters, the letters under ར ལ ས, the feet ྱ ྲ
 * ླ ྭ), each with and without each vowel, are shaped into the font subset, so a typed name never falls
 * back to boxes. Sanskrit stacks come in only with content that uses them.
 */
const LETTERS = 'ཀཁགངཅཆཇཉཏཐདནཔཕབམཙཚཛཝཞཟའཡརལཤསཧཨ';
/** Letters written under a head letter (ར་མགོ, ལ་མགོ, ས་མགོ). */
const UNDER_HEAD: Record<string, string> = {
  ར: 'ཀགངཇཉཏདནབམཙཛ',
  ལ: 'ཀགངཅཇཏདཔབཧ',
  ས: 'ཀགངཉཏདནཔབམཙ',
};
/** Stacks with a foot letter (ཡ་བཏགས, ར་བཏགས, ལ་བཏགས, ཝ་ཟུར), as spelled. */
const WITH_FEET =
  'ཀྱ ཁྱ གྱ པྱ ཕྱ བྱ མྱ རྐྱ རྒྱ རྨྱ སྐྱ སྒྱ སྤྱ སྦྱ སྨྱ ' +
  'ཀྲ ཁྲ གྲ ཏྲ ཐྲ དྲ ནྲ པྲ ཕྲ བྲ མྲ ཤྲ སྲ ཧྲ སྐྲ སྒྲ སྤྲ སྦྲ སྣྲ སྨྲ ' +
  'ཀླ གླ བླ ཟླ རླ སླ ' +
  'ཀྭ ཁྭ གྭ ཅྭ ཉྭ ཏྭ དྭ ཙྭ ཚྭ ཞྭ ཟྭ རྭ ལྭ ཤྭ སྭ ཧྭ གྲྭ ཕྱྭ རྩྭ';
const VOWELS = ['', '\u0F72', '\u0F74', '\u0F7A', '\u0F7C'];

/** A letter written under another (ཀ → ྐ): the subjoined letters sit 0x50 above the letters. */
const subjoined = (letter: string) => String.fromCodePoint(letter.codePointAt(0)! + 0x50);

/** Every native stack, with each vowel. */
export function typedTibetanStacks(): string[] {
  const stacks = [
    ...LETTERS,
    ...Object.entries(UNDER_HEAD).flatMap(([head, letters]) => [...letters].map((letter) => head + subjoined(letter))),
    ...WITH_FEET.split(' '),
  ];
  return stacks.flatMap((stack) => VOWELS.map((vowel) => stack + vowel));
}
