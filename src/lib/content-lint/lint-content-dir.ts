import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { glossaryVariants } from './glossary-variants.ts';
import { checkCrossReferences, type ContentFile } from './cross-references.ts';
import { lintContentFile, type ContentProblem } from './lint-content.ts';
import { parseContentFile } from './text-fields.ts';
import { validateQuestion, type QuestionInput } from '../quiz/validate-question.ts';

const CONTENT_FILE = /\.(md|mdx|ya?ml|json)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    // READMEs are editors' notes about the content, not content.
    return CONTENT_FILE.test(name) && name !== 'README.md' ? [path] : [];
  });
}

/** Lints every content file under `contentDir`; paths in problems are relative to `root`. */
export function lintContentDir(
  contentDir: string,
  root = process.cwd(),
): { files: number; problems: ContentProblem[] } {
  const glossaryPath = join(contentDir, 'glossary', 'terms.yaml');
  const variants = existsSync(glossaryPath) ? glossaryVariants(readFileSync(glossaryPath, 'utf8')) : [];
  const files = filesUnder(contentDir);
  const parsed: ContentFile[] = [];
  const problems = files.flatMap((path) => {
    const source = readFileSync(path, 'utf8');
    try {
      const { data } = parseContentFile(path, source);
      parsed.push({
        path: relative(contentDir, path).split(sep).join('/'),
        data: (data ?? {}) as Record<string, unknown>,
      });
    } catch {
      /* reported by lintContentFile */
    }
    return lintContentFile(relative(root, path), source, path === glossaryPath ? [] : variants);
  });
  const questionProblems = parsed
    .filter((file) => file.path.startsWith('quiz/questions/'))
    .flatMap((file) =>
      validateQuestion(file.data as unknown as QuestionInput).map((p) => ({
        file: `content/${file.path}`,
        line: 1,
        severity: 'error' as const,
        ...p,
      })),
    );
  return { files: files.length, problems: [...problems, ...checkCrossReferences(parsed), ...questionProblems] };
}
