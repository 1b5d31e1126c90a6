/**
 * One pass over each MDX page's syntax tree, inside Astro's own MDX pipeline, that records what
 * the rest of the site needs to know about the page: which sources it cites and in what order
 * (<Cite>, and the <ComparisonTable>s and <Fact>s whose records cite sources), its glossary
 * terms, its authored sections (<h2 id>/<h3 id>), Markdown headings and images without a text
 * alternative (both refused by src/lib/content-rules.ts), and how many words a reader reads.
 * Each item carries its line in the file, so a problem can be reported as `file:line`.
 *
 * Why a Sätteri mdast plugin: @astrojs/mdx 8 compiles MDX with Sätteri, Astro 7's default
 * Markdown processor, which takes `mdastPlugins` (remark-style visitors over the same mdast
 * shapes). remark plugins would need @astrojs/markdown-remark and a second (unified) processor
 * for every page, only to get the same tree. The result goes on the page's frontmatter under
 * `pageFacts`, which `render(entry)` returns as `remarkPluginFrontmatter`: content-rules.ts and
 * the page route read it, and nothing parses MDX source text with regular expressions any more.
 */
import { defineMdastPlugin, mdxToMdast } from 'satteri';

export interface PageFacts {
  /** Citing elements in reading order: a Cite, or a table or fact whose record cites sources. */
  citations: { kind: 'Cite' | 'ComparisonTable' | 'Fact'; id: string; line: number }[];
  terms: { id: string; line: number }[];
  /** Authored sections, `<h2 id="...">` and `<h3 id="...">`. */
  sections: { depth: 2 | 3; id: string; text: string; line: number }[];
  /** `## Heading` lines (refused: their id would change when reworded). */
  markdownHeadings: { text: string; line: number }[];
  imagesWithoutAlt: { src: string; line: number }[];
  /** Words in the body a reader reads, including the text that components show from their props. */
  words: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  alt?: string | null;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Props that are identifiers, not text a reader sees. */
const NOT_SHOWN = new Set(['id', 'level', 'href', 'popovertarget', 'notes']);
const countWords = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

function stringAttribute(node: Node, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Text a component shows from its props: string props, and the strings in array props (items={["..."]}). */
function shownPropWords(node: Node): number {
  let words = 0;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || NOT_SHOWN.has(attribute.name ?? '')) continue;
    if (typeof attribute.value === 'string') words += countWords(attribute.value);
    else if (attribute.value && typeof attribute.value === 'object' && 'value' in attribute.value) {
      // An expression prop: count its string literals, which is what the component prints.
      for (const literal of String((attribute.value as { value: string }).value).matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
        words += countWords(literal[1] ?? literal[2]);
      }
    }
  }
  return words;
}

const textContent = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textContent).join(''));

export function collectPageFacts(root: Node): PageFacts {
  const facts: PageFacts = { citations: [], terms: [], sections: [], markdownHeadings: [], imagesWithoutAlt: [], words: 0 };
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'text') facts.words += countWords(node.value ?? '');
    if (node.type === 'heading') facts.markdownHeadings.push({ text: `${'#'.repeat(node.depth ?? 2)} ${textContent(node)}`, line });
    if (node.type === 'image' && !node.alt?.trim()) facts.imagesWithoutAlt.push({ src: node.url ?? '', line });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const id = stringAttribute(node, 'id');
      if (name === 'Cite' || name === 'ComparisonTable' || name === 'Fact') facts.citations.push({ kind: name, id: id ?? '', line });
      else if (name === 'Term') facts.terms.push({ id: id ?? '', line });
      else if ((name === 'h2' || name === 'h3') && id !== undefined) facts.sections.push({ depth: name === 'h2' ? 2 : 3, id, text: textContent(node).replace(/\s+/g, ' ').trim(), line });
      else if (name === 'img' && !stringAttribute(node, 'alt')?.trim()) facts.imagesWithoutAlt.push({ src: stringAttribute(node, 'src') ?? '', line });
      if (/^[A-Z]/.test(name)) facts.words += shownPropWords(node);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return facts;
}

/** The plugin, registered in astro.config.mjs as `mdx({ processor: satteri({ mdastPlugins: [pageFactsPlugin] }) })`. */
export const pageFactsPlugin = defineMdastPlugin({
  name: 'page-facts',
  options: { position: true },
  after(root, ctx) {
    const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    const facts = collectPageFacts(root as unknown as Node);
    if (astro?.frontmatter) astro.frontmatter.pageFacts = facts;
  },
});

/** The same facts for an MDX string, parsed by the same parser (for unit tests and tools). */
export function pageFactsOf(mdx: string): PageFacts {
  return collectPageFacts(mdxToMdast(mdx, { position: true } as never) as unknown as Node);
}
