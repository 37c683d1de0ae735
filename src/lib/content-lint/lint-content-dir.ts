import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { glossaryVariants } from './glossary-variants.ts';
import { checkContentIntegrity, type SourceFile } from './content-integrity.ts';
import { checkCrossReferences, type ContentFile } from './cross-references.ts';
import { lintContentFile, type ContentProblem } from './lint-content.ts';
import { parseContentFile } from './text-fields.ts';
import { checkQuizSetFacts } from './quiz-set-facts.ts';
import { checkSafetyPhrases, loadPhrasebook, PHRASEBOOK_PATH, stalePending } from './safety-phrasebook.ts';
import { validateQuestion } from '../quiz/validate-question.ts';
import { COLLECTIONS, type CollectionName } from '../../collections/definitions.ts';
import { readCollectionWithProblems } from '../../collections/read-collection.ts';

const CONTENT_FILE = /\.(md|mdx|ya?ml|json)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    // READMEs are editors' notes about the content, not content.
    return CONTENT_FILE.test(name) && name !== 'README.md' ? [path] : [];
  });
}

/** A glossary that does not parse is reported as its own file's error; the other files are still checked. */
function variantsOrNone(glossaryYaml: string) {
  try {
    return glossaryVariants(glossaryYaml);
  } catch {
    return [];
  }
}

/** The phrasebook's regular expressions are not prose: the Tibetan text rules do not apply to them. */
const isPhrasebookPattern = (field: string) => /\.(pattern|unlessClause|unlessSentence|onlyIfSentence)$/.test(field);

/** Lints every content file under `contentDir`; paths in problems are relative to `root`. */
export function lintContentDir(
  contentDir: string,
  root = process.cwd(),
): { files: number; problems: ContentProblem[] } {
  const glossaryPath = join(contentDir, 'glossary', 'terms.yaml');
  const variants = existsSync(glossaryPath) ? variantsOrNone(readFileSync(glossaryPath, 'utf8')) : [];
  const phrasebookPath = join(contentDir, PHRASEBOOK_PATH);
  const phrasebook = existsSync(phrasebookPath)
    ? loadPhrasebook(readFileSync(phrasebookPath, 'utf8'))
    : { rules: [], problems: [] };
  const files = filesUnder(contentDir);
  const parsed: ContentFile[] = [];
  const sources = new Map<string, string>();
  const sourceFiles: SourceFile[] = [];
  const problems = files.flatMap((path) => {
    const source = readFileSync(path, 'utf8');
    sources.set(relative(contentDir, path).split(sep).join('/'), source);
    sourceFiles.push({ path: relative(contentDir, path).split(sep).join('/'), source });
    try {
      const { data } = parseContentFile(path, source);
      parsed.push({
        path: relative(contentDir, path).split(sep).join('/'),
        data: (data ?? {}) as Record<string, unknown>,
      });
    } catch {
      /* reported by lintContentFile */
    }
    const file = relative(root, path);
    return [
      ...lintContentFile(
        file,
        source,
        path === glossaryPath ? [] : variants,
        path === phrasebookPath ? isPhrasebookPattern : undefined,
      ),
      ...checkSafetyPhrases(file, source, phrasebook.rules),
    ];
  });
  // Every entry through the same zod schemas Astro uses, so a schema error names its line here,
  // before Astro's loaders would report it at line 0.
  const read = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => readCollectionWithProblems(name, root));
  const schemaProblems = read.flatMap((result) => result.problems);
  const questionProblems = readCollectionWithProblems('quizQuestions', root).entries.flatMap((entry) =>
    validateQuestion(entry.data).map((p) => ({ file: entry.file, line: 1, severity: 'error' as const, ...p })),
  );
  return {
    files: files.length,
    problems: [
      ...phrasebook.problems,
      ...problems,
      ...stalePending(phrasebook.rules, problems),
      ...schemaProblems,
      ...checkCrossReferences(parsed),
      ...questionProblems,
      ...checkQuizSetFacts(parsed, sources),
      ...checkContentIntegrity(sourceFiles),
    ],
  };
}
