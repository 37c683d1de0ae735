import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossaryVariants } from './glossary-variants.ts';
import { lintContentFile, type ContentProblem } from './lint-content.ts';

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
export function lintContentDir(contentDir: string, root = process.cwd()): { files: number; problems: ContentProblem[] } {
  const glossaryPath = join(contentDir, 'glossary', 'terms.yaml');
  const variants = existsSync(glossaryPath) ? glossaryVariants(readFileSync(glossaryPath, 'utf8')) : [];
  const files = filesUnder(contentDir);
  const problems = files.flatMap((path) =>
    lintContentFile(relative(root, path), readFileSync(path, 'utf8'), path === glossaryPath ? [] : variants),
  );
  return { files: files.length, problems };
}
