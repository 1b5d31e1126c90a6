/**
 * "Report a problem with this page": a mailto link that arrives with the page's address and
 * version date already written, so the editors know exactly which text the reader saw.
 */
import { formatDate } from '../schemas/dates.ts';

export function reportProblemHref(contact: string, page: { title: string; url: string; versionDate?: string; builtOn: string }): string {
  const subject = `Problem with a page: ${page.title}`;
  // Generated pages (glossary, A to Z, get help...) have no version of their own: they change
  // with the build, so the build's day says which text the reader saw.
  const version = page.versionDate ? `${formatDate(page.versionDate)} (${page.versionDate})` : `the site as built on ${formatDate(page.builtOn)} (${page.builtOn})`;
  const body = [
    `Page: ${page.url}`,
    `Version: ${version}`,
    '',
    'What is wrong or unclear? (Please do not include private health details.)',
    '',
  ].join('\n');
  return `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
