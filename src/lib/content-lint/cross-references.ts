import type { ContentProblem } from './lint-content.ts';

/** A parsed content file: its path relative to the content folder, and its data (frontmatter). */
export interface ContentFile {
  path: string;
  data: Record<string, unknown>;
}

const problem = (file: string, field: string, message: string, fix: string): ContentProblem => ({
  file: `content/${file}`,
  line: 1,
  field,
  severity: 'error',
  message,
  fix,
});

const LOCALIZED = /^(campaign|guides|checklists|notices|law\/explanations)\/(zh|bo)\/([^/]+)\.(md|mdx|ya?ml)$/;

/**
 * Checks that cross-references point at real entries and that every translation has its source:
 * a Tibetan file needs the Chinese file of the same slug; a number in a file name matches its `article`.
 */
export function checkCrossReferences(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const paths = new Set(files.map((f) => f.path));
  const has = (prefix: string, slug: string) => [...paths].some((p) => p.startsWith(`${prefix}/${slug}.`));

  for (const { path, data } of files) {
    const localized = LOCALIZED.exec(path);
    if (localized?.[2] === 'bo') {
      const [, collection, , slug] = localized;
      if (!has(`${collection}/zh`, slug!)) {
        problems.push(
          problem(
            path,
            '(file)',
            `Tibetan entry "${slug}" has no Chinese source ${collection}/zh/${slug}.*`,
            `add the Chinese file with the same slug, or rename this file to match it`,
          ),
        );
      }
    }
    const numbered = /^law\/(explanations\/(?:zh|bo)|summaries\/bo)\/(\d+)\.md$/.exec(path);
    if (numbered && data['article'] !== Number(numbered[2])) {
      problems.push(
        problem(
          path,
          'article',
          `the file is named for article ${numbered[2]} but says article ${String(data['article'])}`,
          `set \`article: ${numbered[2]}\` or rename the file`,
        ),
      );
    }
    if (path.startsWith('campaign/')) {
      const checklist = data['checklist'];
      if (typeof checklist === 'string' && !has('checklists/zh', checklist)) {
        problems.push(
          problem(
            path,
            'checklist',
            `no checklist "${checklist}" in content/checklists/zh/`,
            `use one of: ${slugsIn(paths, 'checklists/zh').join(', ')}; or leave the field out`,
          ),
        );
      }
      const quizSet = data['quizSet'];
      if (typeof quizSet === 'string' && !has('quiz/sets', quizSet)) {
        problems.push(
          problem(
            path,
            'quizSet',
            `no quiz set "${quizSet}" in content/quiz/sets/`,
            `use one of: ${slugsIn(paths, 'quiz/sets').join(', ') || '(none yet)'}; or leave the field out`,
          ),
        );
      }
    }
    const sources = path.startsWith('guides/')
      ? (data['sources'] as unknown[] | undefined)
      : path.startsWith('quiz/questions/')
        ? [data['source']]
        : [];
    (sources ?? []).forEach((source, i) => {
      if (source && typeof source === 'object' && (source as { type?: unknown }).type === 'guide') {
        const slug = String((source as { slug?: unknown }).slug);
        if (!has('guides/zh', slug)) {
          const field = path.startsWith('guides/') ? `sources[${i}].slug` : 'source.slug';
          problems.push(
            problem(
              path,
              field,
              `no guide "${slug}" in content/guides/zh/`,
              `use one of: ${slugsIn(paths, 'guides/zh').join(', ')}`,
            ),
          );
        }
      }
    });
  }
  return problems;
}

const slugsIn = (paths: Set<string>, folder: string) =>
  [...paths]
    .filter((p) => p.startsWith(`${folder}/`))
    .map((p) => p.slice(folder.length + 1).replace(/\.[^.]+$/, ''))
    .sort();
