/**
 * Reads a `_headers` file (Cloudflare Pages / Netlify format) and says which headers a path gets, so
 * the tests can hold it to the same rules as deploy/nginx.conf.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `*` matches any run of characters (including `/`), as both hosts read it. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(path);

/** Every header the rules give a path; a header set by two rules lists both values (what hosts send). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const rule of rules)
    if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) (result[name] ??= []).push(value);
  return result;
}
