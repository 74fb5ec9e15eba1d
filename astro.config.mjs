// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import dataCheck from './src/integrations/data-check.ts';

export default defineConfig({
  integrations: [dataCheck(), mdx()],
});
