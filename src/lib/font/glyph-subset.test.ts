import { convert } from 'fontverter';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { glyphsOf, openForShaping, renderingChanges, subsetToGlyphs } from './glyph-subset.ts';
import { typedTibetanStacks } from './typed-tibetan.ts';
import { wholeTibetanFontPath } from './whole-font.ts';

let ttf: Buffer;
beforeAll(async () => {
  ttf = await convert(readFileSync(wholeTibetanFontPath()), 'truetype');
});

const codePointsOf = (texts: string[]) => new Set([...texts.join('')].map((char) => char.codePointAt(0)!));

async function cut(texts: string[], glyphsFrom = texts) {
  const whole = openForShaping(ttf);
  const bytes = await subsetToGlyphs(ttf, codePointsOf(texts), glyphsOf(whole, glyphsFrom));
  return { whole, subset: openForShaping(bytes), bytes };
}

describe('a font cut to the glyphs its text is shaped with', () => {
  const words = ['བསྒྲིགས་', 'རྒྱུ་', 'སྐྱོབ།', 'མེ་ཟོན་བདེ་འཇགས།', '༡༡༩'];

  it('draws that text exactly as the whole font does, and is a fraction of its size', async () => {
    const { whole, subset, bytes } = await cut(words);
    expect(renderingChanges(whole, subset, words)).toEqual([]);
    expect(bytes.length).toBeLessThan(ttf.length / 10);
  });

  it('draws a stack differently when only its letters were shaped, one by one (the check can fail)', async () => {
    const stack = 'སྒྲ';
    const { whole, subset } = await cut([stack], [...stack]);
    expect(renderingChanges(whole, subset, [stack])).toEqual([stack]);
  });
});

describe('the stacks a reader may type', () => {
  it('are each one valid stack: the shaper never inserts a dotted circle', () => {
    const whole = openForShaping(ttf);
    const dottedCircle = [...glyphsOf(whole, ['\u25CC'])].find((glyph) => glyph !== 0)!;
    const broken = typedTibetanStacks().filter((stack) => glyphsOf(whole, [stack]).has(dottedCircle));
    expect(broken).toEqual([]);
  });

  it('cover every letter with each vowel, and the stacks of names like རྒྱལ་མཚན and སྒྲོལ་མ', () => {
    const stacks = new Set(typedTibetanStacks());
    for (const stack of ['ཀ', 'ཨོ', 'རྒྱ', 'ཚ', 'སྒྲོ', 'བླ', 'ལྷ', 'སྨྲ', 'ཟླ', 'གྲྭ', 'རྩྭ', 'སྐྱེ']) expect(stacks).toContain(stack);
  });
});
