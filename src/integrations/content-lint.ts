import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { lintContentDir } from '../lib/content-lint/lint-content-dir.ts';
import { formatProblem } from '../lib/content-lint/lint-content.ts';

/** Runs the Tibetan content linter before every build; an error stops the build. */
export function contentLint(): AstroIntegration {
  return {
    name: 'content-lint',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const { files, problems } = lintContentDir(`${root}content`, root);
        const errors = problems.filter((p) => p.severity === 'error');
        for (const problem of problems) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        logger.info(
          `${files} content files checked: ${errors.length} errors, ${problems.length - errors.length} warnings`,
        );
        if (errors.length) throw new Error(`content-lint: ${errors.length} errors in content/ (listed above)`);
      },
    },
  };
}
