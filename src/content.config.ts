/**
 * Narratives: one MDX file per programme and language, in
 * src/content/narratives/<lang>/<programme id>.mdx. Numbers in them come from the
 * data through the components in src/components/mdx, never typed in the prose.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const narratives = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/narratives' }),
  schema: z.object({
    /** one-sentence summary shown in lists and as the page description */
    summary: z.string(),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

/** The home page's "what the sources show": src/content/home/<lang>.mdx, numbers through the components. */
const home = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/home' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { narratives, pages, home };
