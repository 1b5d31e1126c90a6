/**
 * "Report a problem with this page": a mailto link that arrives with the page's address and
 * version date already written, so the editors know exactly which text the reader saw.
 */
import { formatDate } from '../schemas/dates.ts';

export function reportProblemHref(contact: string, page: { title: string; url: string; versionDate?: string }): string {
  const subject = `Problem with a page: ${page.title}`;
  const body = [
    `Page: ${page.url}`,
    `Version: ${page.versionDate ? `${formatDate(page.versionDate)} (${page.versionDate})` : 'not dated'}`,
    '',
    'What is wrong or unclear? (Please do not include private health details.)',
    '',
  ].join('\n');
  return `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
