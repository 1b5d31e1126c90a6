/**
 * Reads the collections once per build and answers what pages need: the rules' context, the
 * glossary as a map, related pages. Astro-specific; the rules themselves are in content-rules.ts.
 * `checkContent()` runs every rule over the whole site once (src/middleware.ts calls it before
 * the first page renders) and stops the build with one report of every problem.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { PageFacts } from '../integrations/mdx-page-facts.ts';
import { componentKey, numberCitations, type TableSources } from './citations.ts';
import { componentSourceKeys } from './treatment-options.ts';
import { formatProblems, loaderProblems, stopBuild, uniqueProblems, type Problem } from './content-problems.ts';
import { RESERVED_SLUGS, checkArticle, checkDuplicateSources, duplicateSlugs, redirectProblems, unknownReferences, type RecordEntry, type SiteContext } from './content-rules.ts';
import type { DatedFact, GlossaryTerm, PageContext } from './page-context.ts';
import { today } from '../schemas/dates.ts';
import { inventoryOf, sharedInventory, type DatedRecord } from './review-inventory.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type PageEntry = CollectionEntry<'pages'>;
export { RESERVED_SLUGS };

type Comparisons = Map<string, CollectionEntry<'comparisons'>['data']>;
let cached: Promise<SiteContext & {
  glossary: Map<string, GlossaryTerm>;
  facts: Map<string, DatedFact>;
  comparisons: Comparisons;
  safety: Map<string, CollectionEntry<'safety'>['data']>;
  treatmentOptions: CollectionEntry<'treatmentOptions'>[];
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  today: string;
}> | undefined;

export function siteContext() {
  cached ??= (async () => {
    const [sources, comparisons, glossary, facts, safety, helplines, options] = await Promise.all([
      getCollection('sources'),
      getCollection('comparisons'),
      getCollection('glossary'),
      getCollection('facts'),
      getCollection('safety'),
      getCollection('helplines'),
      getCollection('treatmentOptions'),
    ]);
    const tables: TableSources = {};
    for (const table of comparisons) {
      tables[table.id] = table.data.rows.flatMap((row) => table.data.columns.flatMap((column) => row.cells[column.key]?.sources.map((s) => s.id) ?? []));
    }
    for (const [name, keys] of Object.entries(componentSourceKeys(options))) tables[componentKey(name)] = keys;
    const factRecords = new Map<string, DatedFact>(
      facts.map((fact) => [
        fact.id,
        { id: fact.id, text: fact.data.text, sources: fact.data.sources.map((s) => s.id), checkBy: fact.data.checkBy, validUntil: fact.data.validUntil },
      ]),
    );
    return {
      sourceKeys: new Set(sources.map((source) => source.id)),
      tables,
      comparisons: new Map(comparisons.map((table) => [table.id, table.data])),
      factSources: Object.fromEntries([...factRecords.values()].map((fact) => [fact.id, fact.sources])),
      phoneContacts: helplines.flatMap((line) => line.data.contacts),
      safety: new Map(safety.map((record) => [record.id, record.data])),
      safetySources: Object.fromEntries(safety.map((record) => [record.id, record.data.items.flatMap((item) => item.sources.map((s) => s.id))])),
      facts: factRecords,
      treatmentOptions: options,
      sources: new Map(sources.map((source) => [source.id, source.data])),
      glossaryIds: new Set(glossary.map((entry) => entry.id)),
      glossary: new Map(glossary.map((entry) => [entry.id, { id: entry.id, term: entry.data.term, definition: entry.data.definition }])),
      today: today(),
    };
  })();
  return cached;
}

let articlesCache: Promise<ArticleEntry[]> | undefined;
/**
 * Articles in site order. Every article page asks (related pages), and getCollection builds a
 * new list each time, so the build reads it once: otherwise the build grows with the square of
 * the number of articles. The dev server reads it afresh, as writers change files.
 */
/**
 * What the MDX components of one rendered page read (Astro.locals.page): its citations numbered
 * from the page-facts record, and the site's records. The article page and its large-print copy
 * both build it here, so a new record type reaches both.
 */
export async function pageContextFor(file: string, facts: PageFacts): Promise<PageContext> {
  const site = await siteContext();
  const citations = numberCitations(facts.citations, site.tables, site.factSources, site.safetySources);
  return {
    file,
    citations: new Map(citations.map((use) => [use.key, use])),
    glossary: site.glossary,
    tables: site.comparisons,
    safety: site.safety,
    facts: site.facts,
    treatmentOptions: site.treatmentOptions,
    sources: site.sources,
    today: site.today,
    citeUses: new Map(),
    termCount: 0,
  };
}

/** Whether a page shows the decision aid's parts, whose styles it then links (BaseLayout's decisionAid). */
export function usesDecisionAid(facts: PageFacts): boolean {
  return facts.citations.some((element) => element.kind === 'Options' && element.id !== 'OtherChoices');
}

export function articlesInOrder(): Promise<ArticleEntry[]> {
  const read = async () => (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  if (import.meta.env.DEV) return read();
  articlesCache ??= read();
  return articlesCache;
}

/** Up to `limit` other articles on the same topic first, then others that share an audience. */
export async function relatedArticles(article: ArticleEntry, limit = 4): Promise<ArticleEntry[]> {
  return pickRelated(article, await articlesInOrder(), limit);
}

const topicIndexes = new WeakMap<object[], Map<string, object[]>>();
/** `all`'s articles by topic, in site order, made once per list (every article page asks). */
function byTopic<T extends { data: { topic: string } }>(all: T[]): Map<string, T[]> {
  let index = topicIndexes.get(all) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const entry of all) {
      const topic = index.get(entry.data.topic);
      if (topic) topic.push(entry);
      else index.set(entry.data.topic, [entry]);
    }
    topicIndexes.set(all, index);
  }
  return index;
}

/**
 * The choice behind relatedArticles, on plain data (unit tested). `all` is in site order.
 * Every article page calls it, so it must not scan every article each time (that made the build
 * grow with the square of the number of articles): the same topic comes from an index, and the
 * scan for shared readers stops as soon as it has enough.
 */
export function pickRelated<T extends { id: string; data: { topic: string; audiences: string[] } }>(article: T, all: T[], limit = 4): T[] {
  const picked: T[] = [];
  for (const other of byTopic(all).get(article.data.topic) ?? []) {
    if (picked.length === limit) return picked;
    if (other.id !== article.id) picked.push(other);
  }
  for (const other of all) {
    if (picked.length === limit) break;
    if (other.id !== article.id && other.data.topic !== article.data.topic && other.data.audiences.some((a) => article.data.audiences.includes(a))) picked.push(other);
  }
  return picked;
}

/** The page-facts plugin's record of an MDX page (compiling it once; pages reuse the module). */
export async function pageFactsFor(entry: ArticleEntry | PageEntry): Promise<PageFacts> {
  const { remarkPluginFrontmatter } = await render(entry);
  return remarkPluginFrontmatter.pageFacts as PageFacts;
}

/** 1-based line of the frontmatter's `sources:` field. (The plugin's lines already count from the top of the file.) */
function sourcesLine(entry: ArticleEntry | PageEntry): number | undefined {
  const text = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
  const index = text.split('\n').findIndex((line) => line.startsWith('sources:'));
  return index >= 0 ? index + 1 : undefined;
}

/** Every problem in the site: the loaders' schema errors and every content rule, each once. */
export async function contentProblems(): Promise<Problem[]> {
  const site = await siteContext();
  const [articles, pages, sources] = await Promise.all([getCollection('articles'), getCollection('pages'), getCollection('sources')]);
  const fromLoaders = [...loaderProblems().values()].flat();
  const invalid = new Set(loaderProblems().keys());
  const problems: Problem[] = [...fromLoaders];
  problems.push(...checkDuplicateSources(sources.map((s) => ({ key: s.id, title: s.data.title, url: s.data.url, doi: s.data.doi, pmid: s.data.pmid }))));
  problems.push(...duplicateSlugs([...articles, ...pages], RESERVED_SLUGS));
  problems.push(...redirectProblems(articles, pages));
  problems.push(...(await referenceProblems(invalid)));
  for (const entry of [...articles, ...pages]) {
    problems.push(
      ...checkArticle(
        {
          file: `content/${entry.collection}/${entry.id}.mdx`,
          body: entry.body ?? '',
          facts: await pageFactsFor(entry),
          sourcesLine: sourcesLine(entry),
          listedSources: entry.data.sources.map((source) => source.id),
        },
        { ...site, invalid },
      ),
    );
  }
  return uniqueProblems(problems);
}

const COLLECTIONS = ['articles', 'pages', 'sources', 'glossary', 'helplines', 'comparisons', 'facts', 'safety', 'reviewers'] as const;

/** Keys in any record that name no file (content-rules.ts unknownReferences), over every collection. */
async function referenceProblems(invalid: Set<string>): Promise<Problem[]> {
  const all = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  const keys = Object.fromEntries(COLLECTIONS.map((name, i) => [name, new Set(all[i].map((entry) => entry.id))]));
  const entries: RecordEntry[] = all.flat().map((entry) => {
    const file = entry.filePath ?? `content/${entry.collection}/${entry.id}`;
    // Read only when a problem needs its line (a build reads thousands of records).
    const text = entry.filePath ? () => readFileSync(entry.filePath!, 'utf8') : undefined;
    // A page's own `sources:` list is checked against its citations by checkArticle, which
    // already names an unknown key there: leave it out so the fault is reported once.
    const data = entry.collection === 'articles' || entry.collection === 'pages' ? { ...entry.data, sources: [] } : entry.data;
    return { collection: entry.collection, id: entry.id, file, data, text };
  });
  return unknownReferences(entries, keys, invalid);
}

/** What is due for review, from the collections this build has read (the review-warning integration prints it). */
async function buildReviewInventory() {
  const [articles, facts, helplines] = await Promise.all([getCollection('articles'), getCollection('facts'), getCollection('helplines')]);
  const record = (kind: DatedRecord['kind']) => (entry: { collection: string; id: string; filePath?: string; data: object }) => ({
    file: entry.filePath ?? `content/${entry.collection}/${entry.id}`,
    kind,
    data: entry.data as Record<string, unknown>,
  });
  return inventoryOf([...articles.map(record('page')), ...facts.map(record('fact')), ...helplines.map(record('helpline'))], today());
}

let checked: Promise<void> | undefined;
/**
 * Run every content rule once per build. On any problem the build stops with the whole list;
 * the message has no stack trace, because what a writer needs is the file, line and fix.
 */
export function checkContent(): Promise<void> {
  if (import.meta.env.DEV) {
    // The dev server shows the report in its error overlay and keeps running; it checks on every request.
    return contentProblems().then((problems) => {
      if (problems.length) throw new AstroError('Content problems', formatProblems(problems));
    });
  }
  checked ??= contentProblems().then(async (problems) => {
    if (problems.length) stopBuild(problems);
    sharedInventory.set(await buildReviewInventory());
  });
  return checked;
}
