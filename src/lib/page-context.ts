/**
 * What MDX components need to know about the page they are on. The page route builds it and
 * puts it on Astro.locals before rendering the body; <Cite> and <Term> read it.
 */
import { AstroError } from 'astro/errors';
import type { CollectionEntry } from 'astro:content';
import type { CitationUse } from './citations.ts';

export interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
}

/** What <Fact> needs of a dated fact record (content/facts). */
export interface DatedFact {
  id: string;
  text: string;
  /** Source keys, cited where the sentence stands. */
  sources: string[];
  checkBy: string;
  validUntil?: string;
}

export interface PageContext {
  /** Source file of the page, for error messages. */
  file: string;
  citations: Map<string, CitationUse>;
  glossary: Map<string, GlossaryTerm>;
  /** Every comparison table, by id (read synchronously so citations render in reading order). */
  tables: Map<string, CollectionEntry<'comparisons'>['data']>;
  /** Every safety record, by id (read synchronously, like tables). */
  safety: Map<string, CollectionEntry<'safety'>['data']>;
  /** Every dated fact, by id. */
  facts: Map<string, DatedFact>;
  /** Every treatment option (content/treatment-options), for the option components (read synchronously, like tables). */
  treatmentOptions: CollectionEntry<'treatmentOptions'>[];
  /** Every source record, by key. */
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  /** The day the site is built for (SITE_TODAY or the clock): decides which cautions show. */
  today: string;
  /** How many times each source has been rendered so far: gives each use a unique anchor. */
  citeUses: Map<string, number>;
  /** Inline glossary terms rendered so far: gives each popover a unique id. */
  termCount: number;
}

/** The page context, or a build error naming the component that was used outside a page. */
export function requirePage(locals: App.Locals, component: string): PageContext {
  if (!locals.page) {
    throw new AstroError(`<${component}> was used outside an article or site page.`, 'Use it only inside content/articles or content/pages MDX files.');
  }
  return locals.page;
}

/** A build error for a bad component prop, naming the file, the component and the prop. */
export function badProp(page: PageContext | undefined, component: string, prop: string, got: unknown, expected: string): never {
  const where = page ? `${page.file} › <${component}> ${prop}` : `<${component}> ${prop}`;
  throw new AstroError(`${where}: got ${JSON.stringify(got)}, expected ${expected}.`);
}
