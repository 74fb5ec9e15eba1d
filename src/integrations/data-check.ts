/**
 * Checks the data before Astro builds or serves anything. A data error stops `astro
 * build` with the same file/row/column message as `npm run check:data` and no stack
 * trace, so nothing half-built is ever published.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/problem.ts';
import { validate } from '../lib/validate.ts';

export default function dataCheck(): AstroIntegration {
  return {
    name: 'data-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const v = validate();
        if (!v.sourcesFound) logger.warn(`sources folder ${v.sourcesDir} not found: citations not checked`);
        if (v.problems.length === 0) return;
        logger.error(`\n${formatProblems(v.problems)}\n`);
        if (command === 'build') process.exit(1);
      },
    },
  };
}
