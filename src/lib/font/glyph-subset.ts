import * as hb from 'harfbuzzjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A font cut down to the glyphs that shaping a text really uses.
 *
 * HarfBuzz's ordinary subset keeps every glyph the font's layout rules could reach from the text's
 * code points ("layout closure"): for Tibetan that is every stack those letters could ever form, four
 * times the glyphs the site draws. Here each text is shaped with HarfBuzz (the shaper Chromium uses),
 * and the subset keeps exactly the glyphs that came out, with the layout rules between them.
 * `renderingChanges` checks the result: each text must shape to the same outlines at the same places
 * in the subset as in the whole font.
 */

const require = createRequire(import.meta.url);
const FLAG_NO_LAYOUT_CLOSURE = 0x200;
const SET_LAYOUT_FEATURE_TAG = 6;
const MEMORY_MODE_WRITABLE = 2;

interface SubsetWasm {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

let subsetWasm: Promise<SubsetWasm> | undefined;
const loadSubsetWasm = () =>
  (subsetWasm ??= WebAssembly.instantiate(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))).then(
    ({ instance }) => {
      const wasm = instance.exports as unknown as SubsetWasm;
      wasm._initialize();
      return wasm;
    },
  ));

/** A TrueType font opened for shaping. */
export function openForShaping(ttf: Uint8Array): hb.Font {
  return new hb.Font(new hb.Face(new hb.Blob(ttf)));
}

interface ShapedGlyph {
  glyph: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** `text` ready to be shaped as Tibetan (HTML lang="bo"), as Chromium shapes it. */
function tibetanBuffer(text: string): hb.Buffer {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setLanguage('bo');
  return buffer;
}

function shape(font: hb.Font, text: string): ShapedGlyph[] {
  const buffer = tibetanBuffer(text);
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((info, index) => ({
    glyph: info.codepoint, // a glyph id, despite the name
    xAdvance: positions[index]!.xAdvance,
    xOffset: positions[index]!.xOffset,
    yOffset: positions[index]!.yOffset,
  }));
}

/**
 * Every glyph id the texts pass through while being shaped: the glyphs drawn, and the ones that a
 * layout rule turns into them on the way (without those, the rule cannot fire in the subset).
 */
export function glyphsOf(font: hb.Font, texts: Iterable<string>): Set<number> {
  const glyphs = new Set<number>([0]);
  for (const text of texts)
    for (const step of hb.shapeWithTrace(font, tibetanBuffer(text), [], 0, hb.TracePhase.DONT_STOP))
      if (step.glyphs) for (const { g } of step.t as { g: number }[]) glyphs.add(g);
  return glyphs;
}

/** The font with only these code points and glyphs, and the layout rules among them (TrueType out). */
export async function subsetToGlyphs(ttf: Uint8Array, codePoints: Iterable<number>, glyphs: Iterable<number>) {
  const wasm = await loadSubsetWasm();
  const heap = () => new Uint8Array(wasm.memory.buffer);
  const input = wasm.hb_subset_input_create_or_fail();
  if (!input) throw new Error('glyph-subset: HarfBuzz could not create a subset input');
  const data = wasm.malloc(ttf.byteLength);
  heap().set(ttf, data);
  const blob = wasm.hb_blob_create(data, ttf.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
  const face = wasm.hb_face_create(blob, 0);
  wasm.hb_blob_destroy(blob);
  try {
    const features = wasm.hb_subset_input_set(input, SET_LAYOUT_FEATURE_TAG);
    wasm.hb_set_clear(features);
    wasm.hb_set_invert(features); // keep every layout feature
    wasm.hb_subset_input_set_flags(input, wasm.hb_subset_input_get_flags(input) | FLAG_NO_LAYOUT_CLOSURE);
    const unicodes = wasm.hb_subset_input_unicode_set(input);
    for (const code of codePoints) wasm.hb_set_add(unicodes, code);
    const glyphSet = wasm.hb_subset_input_glyph_set(input);
    for (const glyph of glyphs) wasm.hb_set_add(glyphSet, glyph);
    const subset = wasm.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('glyph-subset: HarfBuzz could not subset the font');
    const out = wasm.hb_face_reference_blob(subset);
    const start = wasm.hb_blob_get_data(out, 0);
    const bytes = Buffer.from(heap().slice(start, start + wasm.hb_blob_get_length(out)));
    wasm.hb_blob_destroy(out);
    wasm.hb_face_destroy(subset);
    return bytes;
  } finally {
    wasm.hb_subset_input_destroy(input);
    wasm.hb_face_destroy(face);
    wasm.free(data);
  }
}

/** How a text looks: each glyph's outline and where it sits. */
const drawing = (font: hb.Font, text: string) =>
  shape(font, text)
    .map((g) => `${font.glyphToPath(g.glyph)}@${g.xAdvance},${g.xOffset},${g.yOffset}`)
    .join('|');

/** The texts that do not look the same in `subset` as in `whole` (an empty list when all do). */
export function renderingChanges(whole: hb.Font, subset: hb.Font, texts: Iterable<string>): string[] {
  return [...texts].filter((text) => drawing(whole, text) !== drawing(subset, text));
}
