/** The article series in reading order, for the home page, the layout and its prev/next links. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

export async function articlesInOrder(): Promise<Article[]> {
  const all = await getCollection('articles');
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export function articleHref(article: Article): string {
  return `/articles/${article.id}/`;
}
