/**
 * Sections of an article. Article headings are written as `<h2 id="stable-id">Heading</h2>` so
 * the id stays the same when the heading is reworded: clinics deep-link to sections.
 */
import { pageFactsOf, type PageFacts } from '../integrations/mdx-page-facts.ts';

export interface Section {
  depth: 2 | 3;
  id: string;
  text: string;
}

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

/** Sections from the page-facts plugin's record (render(entry).remarkPluginFrontmatter.pageFacts), or an MDX string. */
export function extractSections(page: PageFacts | string): Section[] {
  const facts = typeof page === 'string' ? pageFactsOf(page) : page;
  return facts.sections.map(({ depth, id, text }) => ({ depth, id, text: smartQuotes(text) }));
}

/** Markdown headings (`## Heading`) in a page, which get ids that change when they are reworded. */
export function markdownHeadings(page: PageFacts | string): string[] {
  return (typeof page === 'string' ? pageFactsOf(page) : page).markdownHeadings.map((heading) => heading.text);
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
