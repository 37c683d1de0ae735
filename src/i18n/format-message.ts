/** Values for the `{name}` placeholders of a UI string. */
export type MessageValues = Record<string, string | number>;

/**
 * Fills the `{name}` placeholders of a UI string. A placeholder with no value is left as written,
 * so a missing value shows up on screen and in tests instead of vanishing. Used by `.astro` code
 * (through `t`) and by islands, which receive the raw strings as labels. Number values are written
 * by `count`, so a Tibetan string gets Tibetan digits: pass `formatFor(locale).count`. Strings are
 * kept as given (a phone number or a paper code stays ASCII).
 */
export function formatMessage(
  template: string,
  values: MessageValues = {},
  count: (value: number) => string = String,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) return placeholder;
    const value = values[name];
    return typeof value === 'number' ? count(value) : String(value);
  });
}
