// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import dataCheck from './src/integrations/data-check.ts';
import { siteConfig } from './src/lib/deploy.ts';
import { formatProblem } from './src/lib/problem.ts';

// Where the site is published: see src/lib/deploy.ts (SITE_URL, BASE_PATH, DEPLOY=1).
// A wrong setting stops here, with the message and no stack trace.
const { site, base, problems } = siteConfig();
if (problems.length > 0) {
  console.error(`Cấu hình xuất bản sai / deployment settings wrong:\n\n${problems.map(formatProblem).join('\n\n')}`);
  process.exit(1);
}

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR ?? 'dist',
  base,
  trailingSlash: 'always',
  integrations: [dataCheck(), mdx()],
  // Several pages at once: PNGs rasterise on worker threads while other pages render.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Scripts stay in files of their own: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  // Code blocks stay plain: no inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
