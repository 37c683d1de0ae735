import { parse as parseYaml } from 'yaml';
import { phrasebookSchema, type Contradiction, type SafetyRule } from '../../schemas/phrasebook.ts';
import type { ContentProblem } from './lint-content.ts';
import { parseContentFile, textFields } from './text-fields.ts';

/** Where the phrasebook lives, relative to the content folder. */
export const PHRASEBOOK_PATH = 'safety/phrasebook.yaml';

/** Fields that name or link things rather than give advice (a checklist item id such as `call-12119`). */
const NOT_PROSE = /(^|\.)(id|icon|link|slug|url|type|wylie|source)$/;

/** A clause ends at a Chinese or Latin comma, stop or semicolon, a shad, or a line break. */
const CLAUSE_END = /[，,；;。！？!?：:\n།༎]/u;
/** A sentence ends at a stop, semicolon, question or exclamation mark, a shad, or a line break. */
const SENTENCE_END = /[；;。！？!?\n།༎]/u;
/** Words that turn a wrong phrasing into the right one when they come first (不封炉, 严禁闷火). */
const ZH_NEGATION = /不|别|勿|莫|禁止|严禁|千万|没有|未/u;

/** Parses and validates the phrasebook; a mistake in it is reported like any other content error. */
export function loadPhrasebook(yamlText: string): { rules: SafetyRule[]; problems: ContentProblem[] } {
  const file = `content/${PHRASEBOOK_PATH}`;
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    return {
      rules: [],
      problems: [problem(file, 1, '(file)', `cannot be parsed: ${firstLine(error)}`, 'fix the YAML')],
    };
  }
  const result = phrasebookSchema.safeParse(data);
  if (result.success) return { rules: result.data, problems: [] };
  return {
    rules: [],
    problems: result.error.issues.map((issue) =>
      problem(
        file,
        1,
        issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, ''),
        issue.message,
        'see src/schemas/phrasebook.ts for the fields of a rule',
      ),
    ),
  };
}

/**
 * Finds phrasings that contradict a safety rule in one content file. Quiz options marked wrong are
 * exempt: a wrong option is meant to state the bad practice.
 */
export function checkSafetyPhrases(file: string, source: string, rules: SafetyRule[]): ContentProblem[] {
  // The glossary pairs terms (12119 is a term there), it gives no advice.
  if (file.endsWith(PHRASEBOOK_PATH) || file.endsWith('glossary/terms.yaml') || rules.length === 0) return [];
  let fields;
  try {
    fields = textFields(file, source);
  } catch {
    return []; // reported by lintContentFile
  }
  const exempt = statesBadPracticeOnPurpose(file, source);
  const problems: ContentProblem[] = [];
  for (const { field, text, line } of fields) {
    if (NOT_PROSE.test(field) || exempt(field)) continue;
    for (const rule of rules) {
      const pending = rule.pending.find((entry) => entry.file === file);
      for (const contradiction of rule.contradictions) {
        for (const at of hits(text, contradiction)) {
          const lang = /[\u0F00-\u0FFF]/u.test(at.match) ? 'bo' : 'zh';
          problems.push({
            ...problem(
              file,
              line + (text.slice(0, at.index).match(/\n/g)?.length ?? 0),
              field,
              `"${at.match}" contradicts the safety rule "${rule.title}" (${rule.id}): ${contradiction.why}` +
                (pending ? ` (known, pending: ${pending.note})` : ''),
              `say it as the phrasebook does: "${rule.canonical[lang]}" (content/${PHRASEBOOK_PATH}, rule ${rule.id})`,
            ),
            severity: pending ? 'warning' : 'error',
            rule: rule.id,
          });
        }
      }
    }
  }
  return problems;
}

/** Pending entries whose file no longer contradicts their rule: the entry should go. */
export function stalePending(rules: SafetyRule[], problems: ContentProblem[]): ContentProblem[] {
  const hit = new Set(problems.filter((p) => p.rule).map((p) => `${p.rule} ${p.file}`));
  return rules.flatMap((rule, i) =>
    rule.pending.flatMap((entry, j) =>
      hit.has(`${rule.id} ${entry.file}`)
        ? []
        : [
            {
              ...problem(
                `content/${PHRASEBOOK_PATH}`,
                1,
                `[${i}].pending[${j}]`,
                `${entry.file} no longer contradicts the rule ${rule.id}`,
                'remove this pending entry, so the rule is an error again everywhere',
              ),
              severity: 'warning' as const,
            },
          ],
    ),
  );
}

/** Matches of one contradiction in a text, after its negation, clause, sentence and topic tests. */
export function hits(text: string, contradiction: Contradiction): { index: number; match: string }[] {
  const found: { index: number; match: string }[] = [];
  for (const m of text.matchAll(new RegExp(contradiction.pattern, 'gu'))) {
    const index = m.index;
    const end = index + m[0].length;
    const clause = span(text, index, end, CLAUSE_END);
    const sentence = span(text, index, end, SENTENCE_END);
    if (contradiction.negatable && ZH_NEGATION.test(text.slice(clause.start, index))) continue;
    if (contradiction.unlessClause && new RegExp(contradiction.unlessClause, 'u').test(clause.text)) continue;
    if (contradiction.unlessSentence && new RegExp(contradiction.unlessSentence, 'u').test(sentence.text)) continue;
    if (contradiction.onlyIfSentence && !new RegExp(contradiction.onlyIfSentence, 'u').test(sentence.text)) continue;
    found.push({ index, match: m[0] });
  }
  return found;
}

/** The clause or sentence around text[index, end), cut at the given delimiters. */
function span(text: string, index: number, end: number, delimiter: RegExp) {
  let start = index;
  while (start > 0 && !delimiter.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !delimiter.test(text[stop]!)) stop++;
  return { start, text: text.slice(start, stop) };
}

/**
 * Fields of a quiz question that state a bad practice on purpose: an option not marked correct,
 * and the statement of a true/false question whose answer is "false".
 */
function statesBadPracticeOnPurpose(file: string, source: string): (field: string) => boolean {
  if (!/quiz\/questions\//.test(file)) return () => false;
  let data: { options?: { correct?: unknown }[]; type?: unknown; answer?: unknown } | null;
  try {
    data = parseContentFile(file, source).data as typeof data;
  } catch {
    return () => false;
  }
  const wrong = new Set((data?.options ?? []).flatMap((option, i) => (option?.correct === true ? [] : [i])));
  const falseStatement = data?.type === 'truefalse' && data.answer === false;
  return (field) => {
    const option = /^options\[(\d+)\]\./.exec(field);
    if (option) return wrong.has(Number(option[1]));
    return falseStatement && field.startsWith('prompt.');
  };
}

const problem = (file: string, line: number, field: string, message: string, fix: string): ContentProblem => ({
  file,
  line,
  field,
  severity: 'error',
  message,
  fix,
});

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];
