/**
 * Sections of an article. Article headings are written as `<h2 id="stable-id">Heading</h2>` so
 * the id stays the same when the heading is reworded: clinics deep-link to sections.
 */
export interface Section {
  depth: 2 | 3;
  id: string;
  text: string;
}

const HEADING = /<h([23])\s+id=["']([^"']+)["'][^>]*>([\s\S]*?)<\/h\1>/g;
/** Markdown headings (`## Heading`) get an id derived from their words, which changes when they are reworded. */
const MARKDOWN_HEADING = /^(#{2,6})\s+(.+)$/gm;

export function extractSections(body: string): Section[] {
  return [...body.matchAll(HEADING)].map((match) => ({
    depth: Number(match[1]) as 2 | 3,
    id: match[2],
    text: match[3].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
  }));
}

/** Lines of a body that use a Markdown heading instead of an h2/h3 with an id. */
export function markdownHeadings(body: string): string[] {
  const withoutCode = body.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(MARKDOWN_HEADING)].map((match) => match[0]);
}
