/**
 * The largest text scale at which a slide still fits its screen. Text length, script and screen
 * shape vary too much (a long Tibetan sentence on a 2:1 LED panel, a short Chinese one on a portrait
 * TV) for CSS alone, so the player measures: `fits(scale)` lays the slide out at that scale and says
 * whether anything overflows. A binary search keeps it to a handful of layouts.
 */
export function fitScale(fits: (scale: number) => boolean, { min = 0.3, max = 1, steps = 7 } = {}): number {
  if (fits(max)) return max;
  let low = min;
  let high = max;
  for (let i = 0; i < steps; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  // `low` is the largest scale known to fit (or the floor: never smaller, even if still too big).
  return low;
}
