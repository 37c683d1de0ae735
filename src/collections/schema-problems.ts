import type { z } from 'astro/zod';
import type { ContentProblem } from '../lib/content-lint/lint-content.ts';
import type { LineOf } from './source-lines.ts';

/** `a.b[2].c` for a zod issue path. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  ) || '(file)';

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);

const describe = (value: unknown) =>
  value === undefined
    ? 'nothing (the field is missing)'
    : Array.isArray(value)
      ? `a list of ${value.length}`
      : typeof value === 'string'
        ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
        : `${typeof value} ${JSON.stringify(value)}`;

/** Zod's own wording for a type mismatch, which says nothing an editor can act on. */
const GENERIC = /^(Invalid input|Invalid option|Too (big|small)|Invalid (type|union|discriminator value))|^Expected /i;

function fixFor(issue: z.core.$ZodIssue, field: string): string {
  if (!GENERIC.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'boolean'
        ? `write \`${field}: true\` or \`${field}: false\``
        : `write ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} for \`${field}\``;
    case 'invalid_value':
      return `use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return `\`${field}\` needs at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `\`${field}\` may have at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_union':
      return `see content/README.md for the forms \`${field}\` may take`;
    default:
      return issue.message;
  }
}

function expected(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((value) => JSON.stringify(value)).join(' or ');
  if (issue.code === 'too_small') return `at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `at most ${String(issue.maximum)}`;
  return issue.message;
}

/**
 * Turns zod's issues for one file into problems an editor can act on: the file, the line of the
 * field, "Received … Expected …", and the fix (the schema's own message where it wrote one).
 */
export function schemaProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  lineOf: LineOf,
): ContentProblem[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    return {
      file,
      line: lineOf(issue.path),
      field,
      severity: 'error',
      message: `Received ${describe(valueAt(data, issue.path))}. Expected ${expected(issue)}.`,
      fix: fixFor(issue, field),
    };
  });
}
