/**
 * Citation numbering. Numbers follow the order in which sources are first cited in the page,
 * which is its reading order. The order comes from the MDX syntax tree (the page-facts plugin,
 * src/integrations/mdx-page-facts.ts), not from counting components as they render: Astro may
 * render sibling components concurrently.
 */
import { pageFactsOf, type PageFacts } from '../integrations/mdx-page-facts.ts';

export interface CitationUse {
  /** Source key. */
  key: string;
  /** Reference number shown in the text, 1-based, in order of first use. */
  number: number;
  /** How many times the page cites it (each use gets a back-link from the reference list). */
  uses: number;
}

/**
 * Source keys of each comparison table by id, and of each option component by its tag name in
 * angle brackets ("<OtherChoices>"), in the order they render.
 */
export type TableSources = Record<string, string[]>;
/** Key under which an option component's sources are kept in TableSources. */
export const componentKey = (name: string) => `<${name}>`;

/** Citing elements in reading order, as the plugin records them, or an MDX string to parse. */
export type Citing = PageFacts['citations'] | string;

const elementsOf = (page: Citing) => (typeof page === 'string' ? pageFactsOf(page).citations : page);

/**
 * Every citation key in reading order, one entry per use (a table contributes its cells' keys,
 * a dated fact its record's sources, a safety record its items' sources, an option component
 * its options' sources).
 */
export function citationKeysInOrder(page: Citing, tables: TableSources = {}, facts: TableSources = {}, safety: TableSources = {}): string[] {
  const recordSources = { ComparisonTable: tables, Fact: facts, SafetyGuide: safety };
  return elementsOf(page).flatMap((element) => {
    if (element.kind === 'Cite') return [element.id];
    // An option component's sources are kept under its name (componentKey), beside the tables'.
    if (element.kind === 'Options') return tables[componentKey(element.id)] ?? [];
    return recordSources[element.kind][element.id] ?? [];
  });
}

/** Comparison tables a page uses, by id. */
export function tablesUsed(page: Citing): string[] {
  return elementsOf(page).filter((e) => e.kind === 'ComparisonTable').map((e) => e.id);
}

/** Dated fact records a page uses, by id, in reading order. */
export function factsUsed(page: Citing): string[] {
  return elementsOf(page).filter((e) => e.kind === 'Fact').map((e) => e.id);
}

/** Safety records a page shows with <SafetyGuide>, by id, in reading order. */
export function safetyUsed(page: Citing): string[] {
  return elementsOf(page).filter((e) => e.kind === 'SafetyGuide').map((e) => e.id);
}

/** Numbered references for a page, in order of first use. */
export function numberCitations(page: Citing, tables: TableSources = {}, facts: TableSources = {}, safety: TableSources = {}): CitationUse[] {
  const uses = new Map<string, CitationUse>();
  for (const key of citationKeysInOrder(page, tables, facts, safety)) {
    const existing = uses.get(key);
    if (existing) existing.uses += 1;
    else uses.set(key, { key, number: uses.size + 1, uses: 1 });
  }
  return [...uses.values()];
}

/** Element id of the n-th use (1-based) of a source in the text. */
export const citeAnchor = (key: string, use: number) => `cite-${key}-${use}`;
/** Element id of a source's entry in the reference list. */
export const referenceAnchor = (key: string) => `ref-${key}`;
