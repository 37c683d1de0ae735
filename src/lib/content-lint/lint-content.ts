import { checkTibetanText, containsTibetan } from '../tibetan/text-rules.ts';
import { textFields } from './text-fields.ts';
import type { GlossaryVariant } from './glossary-variants.ts';

/** `attested` is for glossary terms found in published parallel text. */
const KNOWN_STATUS = new Set(['draft', 'reviewed', 'attested']);

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  severity: 'error' | 'warning';
  message: string;
  fix: string;
  /** The safety phrasebook rule a problem comes from, when it does. */
  rule?: string;
}

/**
 * Checks one content file: the Tibetan text rules on every string that holds Tibetan,
 * a translation status on every Tibetan text, and glossary terms over known variants.
 */
export function lintContentFile(
  file: string,
  source: string,
  variants: GlossaryVariant[] = [],
  /** Fields that hold no prose (e.g. the phrasebook's regular expressions) and are not checked. */
  skipField: (field: string) => boolean = () => false,
): ContentProblem[] {
  let fields;
  try {
    fields = textFields(file, source);
  } catch (error) {
    return [
      {
        file,
        line: 1,
        field: '(file)',
        severity: 'error',
        message: `cannot be parsed: ${(error as Error).message.split('\n')[0]}`,
        fix: 'fix the YAML/JSON syntax (indentation, quotes, a missing colon)',
      },
    ];
  }
  const problems: ContentProblem[] = [];
  let statusReported = false;
  for (const { field, text, line, status } of fields) {
    if (!containsTibetan(text) || skipField(field)) continue;
    if (!KNOWN_STATUS.has(status ?? '') && !statusReported) {
      statusReported = true;
      problems.push({
        file,
        line,
        field: 'status',
        severity: 'error',
        message: `Tibetan text in "${field}" has no translation status${status ? ` (found "${status}")` : ''}`,
        fix: 'add `status: draft` next to it (set `reviewed` only after a native speaker has checked it)',
      });
    }
    for (const problem of checkTibetanText(text)) {
      problems.push({
        file,
        line: line + (text.slice(0, problem.index).match(/\n/g)?.length ?? 0),
        field,
        severity: problem.severity,
        message: `${problem.message} near "${excerpt(text, problem.index)}"`,
        fix: problem.fix,
      });
    }
    for (const variant of variants) {
      for (const at of strayVariants(text, variant)) {
        problems.push({
          file,
          line: line + (text.slice(0, at).match(/\n/g)?.length ?? 0),
          field,
          severity: 'error',
          message: `"${variant.variant}" is a variant of the glossary term for ${variant.zh}`,
          fix: `write "${variant.term}" (content/glossary/terms.yaml, id ${variant.id})`,
        });
      }
    }
  }
  return problems;
}

const indicesOf = (text: string, needle: string) => {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
};

/**
 * Where the variant occurs outside any occurrence of the term. Judged per occurrence, so one right
 * spelling elsewhere in a long body does not hide a wrong one, and a variant that is part of the term
 * (a shorter form) is not flagged inside it.
 */
function strayVariants(text: string, { term, variant }: GlossaryVariant): number[] {
  const terms = indicesOf(text, term);
  return indicesOf(text, variant).filter((at) => !terms.some((t) => t <= at && at + variant.length <= t + term.length));
}

const excerpt = (text: string, index: number) => text.slice(Math.max(0, index - 8), index + 8).replace(/\s+/g, ' ');

/** `file:line field: message. Fix: …` — the one format every build error uses. */
export const formatProblem = (p: ContentProblem) =>
  `${p.file}:${p.line} ${p.field}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}.\n    Fix: ${p.fix}.`;
