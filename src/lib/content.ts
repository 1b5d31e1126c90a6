/**
 * Reads the collections once per build and answers what pages need: the integrity context,
 * the glossary as a map, related pages. Astro-specific; the rules themselves are in integrity.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { TableSources } from './citations.ts';
import { checkDuplicateSources, formatProblems, type SiteContext } from './integrity.ts';
import type { DatedFact, GlossaryTerm } from './page-context.ts';
import { today } from '../schemas/dates.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type PageEntry = CollectionEntry<'pages'>;

type Comparisons = Map<string, CollectionEntry<'comparisons'>['data']>;
let cached: Promise<SiteContext & { glossary: Map<string, GlossaryTerm>; facts: Map<string, DatedFact>; comparisons: Comparisons; safety: Map<string, CollectionEntry<'safety'>['data']>; today: string }> | undefined;

export function siteContext() {
  cached ??= (async () => {
    const [sources, comparisons, glossary, facts, safety, helplines] = await Promise.all([
      getCollection('sources'),
      getCollection('comparisons'),
      getCollection('glossary'),
      getCollection('facts'),
      getCollection('safety'),
      getCollection('helplines'),
    ]);
    const duplicates = checkDuplicateSources(sources.map((s) => ({ key: s.id, title: s.data.title, url: s.data.url, doi: s.data.doi, pmid: s.data.pmid })));
    if (duplicates.length) throw new AstroError(formatProblems(duplicates));
    const tables: TableSources = {};
    for (const table of comparisons) {
      tables[table.id] = table.data.rows.flatMap((row) => table.data.columns.flatMap((column) => row.cells[column.key]?.sources.map((s) => s.id) ?? []));
    }
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
      glossaryIds: new Set(glossary.map((entry) => entry.id)),
      glossary: new Map(glossary.map((entry) => [entry.id, { id: entry.id, term: entry.data.term, definition: entry.data.definition }])),
      today: today(),
    };
  })();
  return cached;
}

/** Articles in site order. */
export async function articlesInOrder(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Up to `limit` other articles on the same topic first, then others that share an audience. */
export async function relatedArticles(article: ArticleEntry, limit = 4): Promise<ArticleEntry[]> {
  return pickRelated(article, await articlesInOrder(), limit);
}

/** The choice behind relatedArticles, on plain data (unit tested). `all` is in site order. */
export function pickRelated<T extends { id: string; data: { topic: string; audiences: string[] } }>(article: T, all: T[], limit = 4): T[] {
  const others = all.filter((other) => other.id !== article.id);
  const sameTopic = others.filter((other) => other.data.topic === article.data.topic);
  const sharedAudience = others.filter(
    (other) => other.data.topic !== article.data.topic && other.data.audiences.some((a) => article.data.audiences.includes(a)),
  );
  return [...sameTopic, ...sharedAudience].slice(0, limit);
}

/** Routes defined in src/pages that an article or site page must not take. */
export const RESERVED_SLUGS = ['search', 'a-z', 'glossary', 'sources', 'whats-new', 'data', 'pagefind', 'get-help', '404', 'large-print', 'reuse'];

/** Slugs must be unique across articles and site pages: both live at /<slug>/. */
export function assertUniqueSlugs(entries: { id: string; collection: string }[], reserved: string[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const file = `content/${entry.collection}/${entry.id}.mdx`;
    const clash = seen.get(entry.id) ?? (reserved.includes(entry.id) ? `src/pages/${entry.id}` : undefined);
    if (clash) throw new AstroError(`${file} › slug: "${entry.id}" is already used by ${clash}; rename one of the files.`);
    seen.set(entry.id, file);
  }
}
