import type { ScreenOptionProblem } from './parse-screen-options.ts';

/**
 * Fills a translated note ("{param}={value} … {expected}") for one bad URL parameter. One pass with
 * a replacer function, so whatever was typed into the URL ("$&", "{expected}", markup) stays literal
 * text; the player inserts the result as a text node, never as HTML.
 */
export function problemMessage(template: string, { param, received, expected }: ScreenOptionProblem): string {
  const values: Record<string, string> = { param, value: received, expected };
  return template.replace(/\{(param|value|expected)\}/g, (_, name: string) => values[name]!);
}
