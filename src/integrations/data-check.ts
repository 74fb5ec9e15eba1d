/**
 * Runs the one check (the same as `npm run check:data`) before Astro builds or serves
 * anything. An error stops `astro build` with the file/row/column or .mdx line
 * message, no stack trace, and no output folder left behind to be mistaken for a
 * site, also when a later stage of the build fails. Warnings (valid but odd data) are
 * printed once. In the dev server, saving a CSV re-checks and reloads the page;
 * saving an .mdx file re-checks it; errors show in the terminal and, from the page
 * that needs the data, in the browser's error overlay.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, formatProblems } from '../lib/problem.ts';
import { dataDir } from '../lib/site.ts';
import { validate } from '../lib/validate.ts';
import { dataWarnings } from '../lib/warnings.ts';

export default function dataCheck(): AstroIntegration {
  return {
    name: 'data-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const outDir = fileURLToPath(config.outDir);
        if (command === 'build') {
          // Whatever fails after this point (a page, an image), no half-built site stays.
          process.once('exit', (code) => {
            if (code !== 0) rmSync(outDir, { recursive: true, force: true });
          });
        }
        const v = validate(dataDir());
        if (v.data && !v.sourcesFound && !v.sourcesRequired) {
          logger.warn(`sources folder ${v.sourcesDir} not found: citations not checked (set SEEDS_DIR; required in CI)`);
        }
        if (v.problems.length > 0) {
          logger.error(`\n${formatProblems(v.problems)}\n`);
          if (command === 'build') {
            rmSync(outDir, { recursive: true, force: true });
            process.exit(1);
          }
          return;
        }
        const warnings = dataWarnings(v.data!, dataDir());
        if (warnings.length > 0) logger.warn(`${warnings.length} cảnh báo dữ liệu / data warnings (see /editors/warnings/):\n${warnings.map(formatProblem).join('\n')}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        // CSVs live outside src/: watch them, re-check on save, and reload the browser.
        server.watcher.add(resolve(dataDir()));
        server.watcher.on('change', (path) => {
          const csv = path.endsWith('.csv');
          if (!csv && !path.endsWith('.mdx')) return;
          const v = validate(dataDir());
          if (v.problems.length > 0) logger.error(`\n${formatProblems(v.problems)}\n`);
          else logger.info(`${path}: dữ liệu hợp lệ / data is valid`);
          if (csv) server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
