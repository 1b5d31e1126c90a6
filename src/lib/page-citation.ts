/** "Cite this page": the citation clinics and writers can paste, in the order the For clinics page asks for. */
import { formatDate } from '../schemas/dates.ts';

export function pageCitation(page: { siteName: string; title: string; lastReviewed: string; url: string }): string {
  const title = /[.?!]$/.test(page.title) ? page.title : `${page.title}.`;
  return `${page.siteName}. ${title} Last reviewed ${formatDate(page.lastReviewed)}. ${page.url}`;
}
