/**
 * Citation numbering. Numbers follow the order in which sources are first cited in the MDX
 * source text, which is the reading order of the page. Working from the source text (rather
 * than counting components as they render) keeps numbering deterministic: Astro may render
 * sibling components concurrently.
 */

/** `<Cite id="key" />` as authors write it in MDX. */
const CITE = /<Cite\s+id=["']([^"']+)["'][^>]*>/g;
/** `<ComparisonTable id="key" />`: its cells' sources count as cited where the table stands. */
const TABLE = /<ComparisonTable\s+id=["']([^"']+)["'][^>]*>/g;
/** `<Fact id="key" />`: a dated fact record's sources count as cited where the sentence stands. */
const FACT = /<Fact\s+id=["']([^"']+)["'][^>]*>/g;
/** `<SafetyGuide id="key" />`: a safety record's item sources count as cited where the box stands. */
const SAFETY = /<SafetyGuide\s+id=["']([^"']+)["'][^>]*>/g;

export interface CitationUse {
  /** Source key. */
  key: string;
  /** Reference number shown in the text, 1-based, in order of first use. */
  number: number;
  /** How many times the page cites it (each use gets a back-link from the reference list). */
  uses: number;
}

export type TableSources = Record<string, string[]>;

/**
 * Every citation key in reading order, one entry per use (a table contributes its cells' keys,
 * a dated fact its record's sources).
 */
export function citationKeysInOrder(body: string, tables: TableSources = {}, facts: TableSources = {}, safety: TableSources = {}): string[] {
  const pattern = new RegExp(`${CITE.source}|${TABLE.source}|${FACT.source}|${SAFETY.source}`, 'g');
  const keys: string[] = [];
  for (const match of body.matchAll(pattern)) {
    if (match[1]) keys.push(match[1]);
    else if (match[2]) keys.push(...(tables[match[2]] ?? []));
    else if (match[3]) keys.push(...(facts[match[3]] ?? []));
    else if (match[4]) keys.push(...(safety[match[4]] ?? []));
  }
  return keys;
}

/** Comparison tables a body uses, by id. */
export function tablesUsed(body: string): string[] {
  return [...body.matchAll(TABLE)].map((match) => match[1]);
}

/** Dated fact records a body uses, by id, in reading order. */
export function factsUsed(body: string): string[] {
  return [...body.matchAll(FACT)].map((match) => match[1]);
}

/** Safety records a body shows with <SafetyGuide>, by id, in reading order. */
export function safetyUsed(body: string): string[] {
  return [...body.matchAll(SAFETY)].map((match) => match[1]);
}

/** Numbered references for a page, in order of first use. */
export function numberCitations(body: string, tables: TableSources = {}, facts: TableSources = {}, safety: TableSources = {}): CitationUse[] {
  const uses = new Map<string, CitationUse>();
  for (const key of citationKeysInOrder(body, tables, facts, safety)) {
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
