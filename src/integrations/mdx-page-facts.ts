/**
 * One pass over each MDX page's syntax tree, inside Astro's own MDX pipeline, that records what
 * the rest of the site needs to know about the page: which sources it cites and in what order
 * (<Cite>, and the <ComparisonTable>s, <Fact>s and <SafetyGuide>s whose records cite sources),
 * its glossary terms, its authored sections (<h2 id>/<h3 id>), and how many words a reader
 * reads; and what the content rules (src/lib/content-rules.ts) refuse: Markdown headings, images
 * without a text alternative, hand-written emergency lists, and phone numbers or helpline hours
 * typed as text.
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
import { OPTION_COMPONENTS as OPTION_NAMES } from '../lib/treatment-options.ts';

export interface PageFacts {
  /**
   * Citing elements in reading order: a Cite, or a table, fact or safety record whose record cites
   * sources, or an option component (kind 'Options', id its tag name) whose options cite sources.
   */
  citations: { kind: 'Cite' | 'ComparisonTable' | 'Fact' | 'SafetyGuide' | 'Options'; id: string; line: number }[];
  terms: { id: string; line: number }[];
  /** Authored sections, `<h2 id="...">` and `<h3 id="...">`. */
  sections: { depth: 2 | 3; id: string; text: string; line: number }[];
  /** `## Heading` lines (refused: their id would change when reworded). */
  markdownHeadings: { text: string; line: number }[];
  imagesWithoutAlt: { src: string; line: number }[];
  /** Emergency signs or steps written into the page instead of shown from content/safety. */
  emergencyLists: { what: string; line: number }[];
  /** Prose (text outside props and expressions) that holds a run of three digits: where a typed phone number could be. */
  numberedText: { text: string; line: number }[];
  /** Prose beside a <Helpline> (the text of a paragraph that holds one): where typed hours could be. */
  helplineText: { text: string; line: number }[];
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

/**
 * Components that render typed treatment options: all but MyOptions cite their options' sources.
 * MyOptions is recorded too (it has no sources) so the page knows its text is read.
 */
const OPTION_COMPONENTS = new Set<string>([...OPTION_NAMES, 'MyOptions']);

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
const isJsx = (node: Node, name?: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name);
/** A node's own inline text (through emphasis and links, not into nested blocks or components). */
const inlineText = (node: Node): Node[] => (node.type === 'text' ? [node] : ['emphasis', 'strong', 'delete', 'link'].includes(node.type) ? (node.children ?? []).flatMap(inlineText) : []);
const hasList = (node: Node): boolean => node.type === 'list' || isJsx(node, 'li') || isJsx(node, 'ul') || isJsx(node, 'ol') || (node.children ?? []).some(hasList);
/** The title of a callout that lists 911 signs in prose: "Call 911 now if...", "Get help now if...". */
const EMERGENCY_TITLE = /^\s*(?:call 911|get help now if)/i;
/** A paragraph whose last line is "Call 911 ... if" or "... call 911:" (a list of signs follows). */
const CALL_911_LEAD = /call 911[^\n]*(?:if|:)\s*$/i;

/** Hand-written emergency advice at this node, if it is some (any emergency callout, or a "call 911 if" lead and a list). */
function emergencyList(node: Node, next: Node | undefined): string | undefined {
  if (isJsx(node, 'Callout') && stringAttribute(node, 'level') === 'emergency') {
    if (hasList(node)) return 'an emergency <Callout> with its own list of signs or steps';
    if (EMERGENCY_TITLE.test(stringAttribute(node, 'title') ?? '')) return 'an emergency <Callout> titled "Call 911 now if" with its own signs';
    // Any other emergency box is still emergency advice typed by hand (two pages once worded the
    // suicide-crisis advice differently), so it is refused too.
    return 'an emergency <Callout> with its own emergency advice';
  }
  if (node.type === 'paragraph' && next?.type === 'list' && CALL_911_LEAD.test(textContent(node))) return 'a "call 911" sentence followed by its own list of signs';
  return undefined;
}

export function collectPageFacts(root: Node): PageFacts {
  const facts: PageFacts = { citations: [], terms: [], sections: [], markdownHeadings: [], imagesWithoutAlt: [], emergencyLists: [], numberedText: [], helplineText: [], words: 0 };
  const visit = (node: Node, next?: Node, insideRefused = false) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'text') {
      facts.words += countWords(node.value ?? '');
      if (/\d{3}/.test(node.value ?? '')) facts.numberedText.push({ text: node.value ?? '', line });
    }
    // Inside an emergency callout that is already refused, a "call 911 if" lead is the same fault.
    const ownList = insideRefused ? undefined : emergencyList(node, next);
    if (ownList) facts.emergencyLists.push({ what: ownList, line });
    if (node.type === 'heading') facts.markdownHeadings.push({ text: `${'#'.repeat(node.depth ?? 2)} ${textContent(node)}`, line });
    if (node.type === 'image' && !node.alt?.trim()) facts.imagesWithoutAlt.push({ src: node.url ?? '', line });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const id = stringAttribute(node, 'id');
      if (name === 'Cite' || name === 'ComparisonTable' || name === 'Fact' || name === 'SafetyGuide') facts.citations.push({ kind: name, id: id ?? '', line });
      else if (OPTION_COMPONENTS.has(name)) facts.citations.push({ kind: 'Options', id: name, line });
      else if (name === 'Term') facts.terms.push({ id: id ?? '', line });
      else if ((name === 'h2' || name === 'h3') && id !== undefined) facts.sections.push({ depth: name === 'h2' ? 2 : 3, id, text: textContent(node).replace(/\s+/g, ' ').trim(), line });
      else if (name === 'img' && !stringAttribute(node, 'alt')?.trim()) facts.imagesWithoutAlt.push({ src: stringAttribute(node, 'src') ?? '', line });
      if (/^[A-Z]/.test(name)) facts.words += shownPropWords(node);
    }
    const children = node.children ?? [];
    if (node.type !== 'root' && children.some((child) => isJsx(child, 'Helpline'))) {
      for (const text of children.flatMap(inlineText)) facts.helplineText.push({ text: text.value ?? '', line: text.position?.start.line ?? line });
    }
    children.forEach((child, i) => visit(child, children[i + 1], insideRefused || (ownList !== undefined && node.type !== 'paragraph')));
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
