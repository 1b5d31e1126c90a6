/**
 * The treatment options (content/treatment-options/) as the components show them, and the order
 * in which each component cites its sources. Citation numbers are worked out from an article's
 * MDX text before anything renders (src/lib/citations.ts), so a component that cites sources
 * needs its keys listed here, in the order it renders them. Plain TypeScript: no Astro imports.
 */

interface Sourced {
  text: string;
  sources: { id: string }[];
}
interface Figure {
  outcome: string;
  kind: 'benefit' | 'harm';
  source: { id: string };
  study: string;
  evidenceYear: string;
  paidBy: string;
  groups: { label: string; per100: number }[];
  caution?: string;
}
export interface OptionData {
  name: string;
  order: number;
  what: Sourced;
  otherChoicesLine?: Sourced;
  asks: { time: Sourced; visits: Sourced; practical: Sourced };
  asksInShort: string;
  benefits: Sourced[];
  harms: Sourced[];
  figures: Figure[];
  notKnown: Sourced[];
}
export interface OptionEntry {
  id: string;
  data: OptionData;
}

/** The decision aid's address (content/articles/hard-to-treat-depression-decision-aid.mdx); the link check catches a rename. */
export const DECISION_AID_PATH = '/hard-to-treat-depression-decision-aid/';

/** Components that render options and cite sources, as written in MDX. */
export const OPTION_COMPONENTS = ['OtherChoices', 'TreatmentOptions', 'OptionSources'] as const;
export type OptionComponent = (typeof OPTION_COMPONENTS)[number];

export const inOrder = <T extends OptionEntry>(options: T[]): T[] => [...options].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

/**
 * The headings <TreatmentOptions> renders, one h3 per option (its id is `option-<id>`), in order:
 * sections of the page as much as the authored ones, for lists of a page's sections (reuse JSON).
 */
export const optionHeadings = (options: OptionEntry[]) =>
  inOrder(options).map((option) => ({ depth: 3 as const, id: `option-${option.id}`, text: option.data.name }));

/** Options in the shared "other choices" block: those with a one-line summary for it. */
export const otherChoices = <T extends OptionEntry>(options: T[]): T[] => inOrder(options).filter((option) => option.data.otherChoicesLine);

const keys = (items: Sourced[]) => items.flatMap((item) => item.sources.map((source) => source.id));

/** One option's section on the decision aid, in render order: what, figures, benefits, harms, asks, unknowns. */
export function optionSectionKeys(option: OptionData): string[] {
  return [
    ...keys([option.what]),
    ...option.figures.map((figure) => figure.source.id),
    ...keys(option.benefits),
    ...keys(option.harms),
    ...keys([option.asks.time, option.asks.visits, option.asks.practical]),
    ...keys(option.notKnown),
  ];
}

/** Source keys each component cites, in the order it renders them. */
export function componentSourceKeys(options: OptionEntry[]): Record<OptionComponent, string[]> {
  return {
    OtherChoices: keys(otherChoices(options).map((option) => option.data.otherChoicesLine!)),
    TreatmentOptions: inOrder(options).flatMap((option) => optionSectionKeys(option.data)),
    OptionSources: inOrder(options).flatMap((option) => option.data.figures.map((figure) => figure.source.id)),
  };
}

/**
 * An icon array: 100 figures of people in 10 rows of 10, the first `count` filled. Built as
 * two SVG paths (filled and empty) from one repeated person shape, so the markup is small and
 * compresses to almost nothing. Decorative detail only: the caller gives the text alternative.
 */
export function iconArrayPaths(count: number): { filled: string; empty: string } {
  if (!Number.isInteger(count) || count < 0 || count > 100) throw new Error(`icon array: count must be a whole number from 0 to 100, got ${count}`);
  // A person 8 units wide in a 10 x 12 cell: a head (circle r=2) and a body (rounded block).
  const person = (x: number, y: number) => `M${x + 5} ${y + 1}a2 2 0 1 1 0 4a2 2 0 1 1 0-4M${x + 2} ${y + 11}v-2a3 3 0 0 1 6 0v2z`;
  let filled = '';
  let empty = '';
  for (let i = 0; i < 100; i += 1) {
    const path = person((i % 10) * 10, Math.floor(i / 10) * 12);
    if (i < count) filled += path;
    else empty += path;
  }
  return { filled, empty };
}

/** Words each component shows, for an article's reading-time estimate (src/pages/[slug].astro). */
export function componentTexts(options: OptionEntry[]): Record<OptionComponent | 'MyOptions', string[]> {
  const texts = (items: Sourced[]) => items.map((item) => item.text);
  return {
    OtherChoices: texts(otherChoices(options).map((option) => option.data.otherChoicesLine!)),
    TreatmentOptions: inOrder(options).flatMap(({ data }) => [
      data.name,
      ...texts([data.what, ...data.benefits, ...data.harms, data.asks.time, data.asks.visits, data.asks.practical, ...data.notKnown]),
      ...data.figures.flatMap((figure) => [figure.study, figure.paidBy, figure.caution ?? '', ...figure.groups.map((group) => `${group.per100} in 100 who ${group.label} ${figure.outcome}`)]),
    ]),
    OptionSources: inOrder(options).flatMap(({ data }) => data.figures.map((figure) => `${data.name} ${figure.outcome} ${figure.study} ${figure.paidBy}`)),
    MyOptions: inOrder(options).map(({ data }) => `${data.name} ${data.asksInShort}`),
  };
}
