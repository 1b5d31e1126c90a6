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

/**
 * Curly quotes as MDX's "smartypants" step writes them in the rendered heading, so the
 * "On this page" list and section links read exactly like the headings they point to.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s(\[{])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s(\[{])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

export function extractSections(body: string): Section[] {
  return [...body.matchAll(HEADING)].map((match) => ({
    depth: Number(match[1]) as 2 | 3,
    id: match[2],
    text: smartQuotes(match[3].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()),
  }));
}

/** Lines of a body that use a Markdown heading instead of an h2/h3 with an id. */
export function markdownHeadings(body: string): string[] {
  const withoutCode = body.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(MARKDOWN_HEADING)].map((match) => match[0]);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * After each authored h2 in rendered HTML, a link to that section: a plain link without
 * JavaScript (readers copy it from the context menu), which the page script turns into a
 * "Copy link" button. The heading text is repeated for screen readers, because a list of links
 * that all say "Link to this section" tells them nothing. Only the page's own sections get one,
 * not headings inside components such as the key points box.
 */
export function addSectionLinks(html: string, sections: Section[]): string {
  const names = new Map(sections.filter((s) => s.depth === 2).map((s) => [s.id, s.text]));
  return html.replace(/<h2 id="([^"]+)"[^>]*>[\s\S]*?<\/h2>/g, (heading, id: string) => {
    const name = names.get(id);
    if (name === undefined) return heading;
    return `${heading}<p class="section-link" data-pagefind-ignore="all"><a href="#${escapeHtml(id)}" data-section-link>Link to this section<span class="visually-hidden">: ${escapeHtml(name)}</span></a></p>`;
  });
}
