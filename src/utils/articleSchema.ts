/**
 * The typed frontmatter of an article. Kept apart from `content.config.ts` so that unit
 * tests can check it without starting Astro.
 */
import { z } from 'astro/zod';

/** One entry of an article's reference list; `key` is what in-text citations point at. */
export const sourceSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  authors: z.string().min(1),
  /** The year of publication, or 'n.d.' for a web page that gives no date. */
  year: z.union([z.number().int().min(1900).max(2100), z.literal('n.d.')]),
  title: z.string().min(1),
  journal: z.string().min(1),
  /** A DOI (10.xxxx/…) or a stable https link. */
  link: z.string().regex(/^(10\.\d{4,9}\/\S+|https:\/\/\S+)$/, 'a DOI or an https link'),
});

export const articleSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(20).max(200),
  date: z.coerce.date(),
  /** Position in the series: 1 is read first. */
  order: z.number().int().min(1),
  sources: z.array(sourceSchema).default([]),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
export type Source = z.infer<typeof sourceSchema>;
