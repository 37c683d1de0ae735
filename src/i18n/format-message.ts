/** Values for the `{name}` placeholders of a UI string. */
export type MessageValues = Record<string, string | number>;

/**
 * Fills the `{name}` placeholders of a UI string. A placeholder with no value is left as written,
 * so a missing value shows up on screen and in tests instead of vanishing. Used by `.astro` code
 * (through `t`) and by islands, which receive the raw strings as labels.
 */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
