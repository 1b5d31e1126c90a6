/** Site-wide change list, built from every article's public change log (for What's new and the feed). */
import { articlesInOrder } from './content.ts';

export interface Change {
  date: string;
  summary: string;
  slug: string;
  title: string;
}

export async function allChanges(): Promise<Change[]> {
  const articles = await articlesInOrder();
  return articles
    .flatMap((a) => a.data.changelog.map((c) => ({ date: c.date, summary: c.summary, slug: a.id, title: a.data.title })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}
