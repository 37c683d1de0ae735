import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './lint-content.ts';
import { AUDIENCES, type Audience } from '../../i18n/audiences.ts';
import { href, NAVIGATION, withoutLocale } from '../../site/routes.ts';

const isAudience = (value: string | undefined): value is Audience =>
  (AUDIENCES as readonly string[]).includes(value ?? '');

/** A content file with its source text, so a problem can name the line. */
export interface SourceFile {
  /** Relative to the content folder, `/`-separated. */
  path: string;
  source: string;
}

/** Pages every language has, whatever the content (src/pages/[lang]/…), from the site map. */
const SECTION_PAGES = [...NAVIGATION.map((entry) => entry.href('zh')), href.classroom('zh')].map(withoutLocale);

/** The language-less site paths the content makes pages for: `/guides/winter-stoves/`, `/law/28/`… */
export function sitePaths(paths: readonly string[]): Set<string> {
  const pages = new Set(SECTION_PAGES);
  const add = (path: string) => pages.add(withoutLocale(path));
  for (const path of paths) {
    let match: RegExpExecArray | null;
    if ((match = /^guides\/zh\/([^/]+)\.(md|mdx)$/.exec(path))) add(href.guide('zh', match[1]!));
    if ((match = /^checklists\/zh\/([^/]+)\.ya?ml$/.exec(path))) add(href.checklist('zh', match[1]!));
    if ((match = /^campaign\/zh\/([^/]+)\.(md|mdx)$/.exec(path)) && isAudience(match[1])) {
      add(href.campaign('zh', match[1]));
      add(href.poster('zh', match[1]));
    }
    if ((match = /^quiz\/sets\/([^/]+)\.ya?ml$/.exec(path))) add(href.quiz('zh', match[1]!));
    if ((match = /^law\/articles\/(\d+)\.json$/.exec(path))) add(href.law('zh', Number(match[1])));
  }
  return pages;
}

/** Parses YAML keeping positions; `lineAt(['slides', 3, 'link'])` is the 1-based line of that value. */
function yamlWithLines(source: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const lineAt = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  return { data: doc.toJS() as unknown, lineAt };
}

const error = (file: string, line: number, field: string, message: string, fix: string): ContentProblem => ({
  file: `content/${file}`,
  line,
  field,
  severity: 'error',
  message,
  fix,
});

/**
 * Mistakes that pass every schema and still break the site for a reader: a slide whose QR code opens
 * a 404, a question asked twice in one set or missing from the bank, a glossary id used twice (the
 * loader keeps only one), two files whose names differ only in case (one of them vanishes on a
 * case-insensitive disk, which is what Windows and macOS editors have).
 */
export function checkContentIntegrity(files: readonly SourceFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const paths = files.map((f) => f.path);
  const pages = sitePaths(paths);
  const questionIds = new Set(paths.flatMap((p) => /^quiz\/questions\/([^/]+)\.ya?ml$/.exec(p)?.slice(1, 2) ?? []));

  const byLowerCase = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const other = byLowerCase.get(path.toLowerCase());
    if (other)
      problems.push(
        error(
          path,
          1,
          '(file name)',
          `the name differs from content/${other} only in upper/lower case`,
          `rename one of them; file names are lower case, e.g. ${path.toLowerCase()}`,
        ),
      );
    else byLowerCase.set(path.toLowerCase(), path);
  }

  for (const { path, source } of files) {
    if (/^slides\/[^/]+\.ya?ml$/.test(path)) {
      const { data, lineAt } = yamlWithLines(source);
      const slides = (data as { slides?: unknown })?.slides;
      if (!Array.isArray(slides)) continue;
      slides.forEach((slide, i) => {
        const link = (slide as { link?: unknown })?.link;
        if (typeof link !== 'string') return;
        const page = link.endsWith('/') ? link : `${link}/`;
        if (!pages.has(page))
          problems.push(
            error(
              path,
              lineAt(['slides', i, 'link']),
              `slides[${i}].link`,
              `no page ${link}: the slide's QR code would open "page not found"`,
              `link to a page that exists, e.g. ${nearest(page, pages)}; or leave the link out`,
            ),
          );
      });
    }
    if (/^quiz\/sets\/[^/]+\.ya?ml$/.test(path)) {
      const { data, lineAt } = yamlWithLines(source);
      const questions = (data as { questions?: unknown })?.questions;
      if (!Array.isArray(questions)) continue;
      const seen = new Map<unknown, number>();
      questions.forEach((id, i) => {
        const line = lineAt(['questions', i]);
        if (seen.has(id))
          problems.push(
            error(
              path,
              line,
              `questions[${i}]`,
              `question "${String(id)}" is already in this set at questions[${seen.get(id)}]`,
              'remove one of them (a set asks each question once)',
            ),
          );
        else seen.set(id, i);
        if (typeof id === 'string' && !questionIds.has(id))
          problems.push(
            error(
              path,
              line,
              `questions[${i}]`,
              `no question "${id}": content/quiz/questions/${id}.yaml does not exist`,
              'use the id (file name) of a question in content/quiz/questions/, or remove the line',
            ),
          );
      });
    }
    if (path === 'glossary/terms.yaml') {
      const { data, lineAt } = yamlWithLines(source);
      if (!Array.isArray(data)) continue;
      const seen = new Map<unknown, number>();
      data.forEach((term, i) => {
        const id = (term as { id?: unknown })?.id;
        if (id === undefined) return;
        if (seen.has(id))
          problems.push(
            error(
              path,
              lineAt([i, 'id']),
              `[${i}].id`,
              `glossary id "${String(id)}" is already used by entry [${seen.get(id)}] (line ${lineAt([seen.get(id)!, 'id'])}); only one of them would be kept`,
              'give this term its own id, or merge the two entries',
            ),
          );
        else seen.set(id, i);
      });
    }
  }
  return problems;
}

/** The existing page sharing the longest start with a wrong one, as a hint. */
function nearest(page: string, pages: Set<string>): string {
  let best = '/';
  let length = 0;
  for (const candidate of pages) {
    let common = 0;
    while (common < page.length && page[common] === candidate[common]) common++;
    if (common > length) [best, length] = [candidate, common];
  }
  return best;
}
