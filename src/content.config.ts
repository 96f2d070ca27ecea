import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './utils/articleSchema';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
