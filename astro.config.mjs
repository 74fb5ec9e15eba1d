// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import dataCheck from './src/integrations/data-check.ts';

// Where the site is published: SITE_URL is the origin (for canonical and social links),
// BASE_PATH the sub-path when it is not served from the domain root, e.g. "/hanoi" for
// a GitHub Pages project site.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

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
