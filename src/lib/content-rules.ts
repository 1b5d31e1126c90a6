/**
 * The content rules: every editorial rule that needs more than one file (a schema, in
 * src/schemas/, checks one file's fields). This is the one place to add a rule:
 *   - checkArticle            per MDX page: citation, table, fact, glossary and safety-record keys
 *                             (with "did you mean"), sources cited vs listed, images without alt,
 *                             Markdown headings, heading ids, hand-typed emergency boxes and lists, and
 *                             phone numbers or helpline hours typed as text
 *   - checkDuplicateSources   two source records for one document
 *   - duplicateSlugs          two pages at one URL, or a page on a reserved route
 *   - redirectProblems        an old slug (formerSlugs) that a page still uses
 * A rule returns Problems (src/lib/content-problems.ts: file, line, field, message, hint); it
 * never throws. src/lib/content.ts runs them all once per build, over the whole site, together
 * with the schema errors the loaders collected, and stops the build with one report. To add a
 * rule: write it here, call it from contentProblems() in content.ts if it is not per page, and
 * add a broken fixture for it (tests/fixtures/bad-input/<case>/ and a row in
 * tests/build/bad-input.test.ts). Only the link check needs the built HTML, so it runs after the
 * build (src/integrations/site-checks.ts) and reports in the same format.
 * Article rules read the page-facts plugin's record of each page (src/integrations/mdx-page-facts.ts):
 * nothing here parses MDX text.
 * No rule here depends on today's date: an overdue review is shown on the page and listed by
 * `npm run review`, never a reason to refuse a build (src/lib/review-status.ts).
 */
import { pageFactsOf, type PageFacts } from '../integrations/mdx-page-facts.ts';
import { numberCitations, type TableSources } from './citations.ts';
import { didYouMean, formatProblems, type Problem } from './content-problems.ts';
import { PhoneLinker, type PhoneContact } from './phone-links.ts';
import { redirectsFor } from './redirects.ts';

export { formatProblems, type Problem };

export interface ArticleInput {
  /** Path of the file, for messages, e.g. content/articles/is-ketamine-addictive.mdx. */
  file: string;
  /** The MDX body (for rules that read the words themselves). */
  body: string;
  /** What the page-facts plugin recorded while compiling the page (parsed from `body` when absent). */
  facts?: PageFacts;
  /** Lines before the body, when `facts` counts lines from the body rather than the file. */
  bodyLine?: number;
  /** Keys listed in frontmatter `sources`. */
  listedSources: string[];
  /** Line of `sources:` in the file. */
  sourcesLine?: number;
}

export interface SiteContext {
  /** Every key in content/sources. */
  sourceKeys: Set<string>;
  /** Every comparison table id with the sources its cells cite. */
  tables: TableSources;
  /** Every dated fact id with the sources it cites. */
  factSources: TableSources;
  /** Every glossary id. */
  glossaryIds: Set<string>;
  /** Every safety record id (content/safety) with the sources its items cite. */
  safetySources?: TableSources;
  /** Every helpline contact (content/helplines): numbers typed into MDX text are refused. */
  phoneContacts?: PhoneContact[];
  /** Keys of records that failed their schema: already reported, so not reported again as unknown. */
  invalid?: Set<string>;
}

const linkers = new WeakMap<PhoneContact[], PhoneLinker>();
/**
 * Helpline numbers typed into MDX text, which would be plain text on a phone and could drift from
 * the record. The page-facts plugin hands over the prose that holds digits (not props, not
 * expressions: checklist lines and frontmatter are rendered with the numbers linked, so they may
 * carry numbers); everything else must use <Helpline id="..." />.
 */
export function typedPhoneNumbers(text: string, contacts: PhoneContact[]): string[] {
  const linker = linkers.get(contacts) ?? linkers.set(contacts, new PhoneLinker(contacts)).get(contacts)!;
  const typed = linker.split(text).flatMap((part) => (typeof part === 'string' ? [] : [part.text]));
  return [...new Set([...typed, ...linker.unknownNumbers(text)])];
}

/**
 * The hand-written emergency advice in an MDX body, as the page-facts plugin finds it: any
 * emergency <Callout>, or a "call 911 if" sentence followed by its own list (checkArticle reports
 * each with its line).
 */
export function handWrittenEmergencyLists(mdx: string): string[] {
  return pageFactsOf(mdx).emergencyLists.map((list) => list.what);
}

/**
 * Opening hours typed next to a helpline ("24/7", "weekdays 10 a.m. to 10 p.m."): they drift from
 * the record when a line changes its hours, so a page says them with <Helpline id="..." hours />.
 * Only the prose beside a <Helpline> is read (the page-facts plugin hands it over), so "any time"
 * elsewhere in a page is left alone.
 */
const TYPED_HOURS = /\b(24\/7|24 hours|around the clock|day or night|any ?time|every day|weekdays?|weekends?|Mondays?|Fridays?|\d{1,2}(:\d\d)? ?(a\.m\.|p\.m\.|am\b|pm\b))/i;
export function typedHelplineHours(text: string): string | undefined {
  return TYPED_HOURS.exec(text)?.[0];
}

export function checkArticle(article: ArticleInput, site: SiteContext): Problem[] {
  const problems: Problem[] = [];
  const offset = article.bodyLine ?? 0;
  const add = (field: string, line: number | undefined, message: string, hint?: string) =>
    problems.push({ file: article.file, line: line === undefined ? undefined : line + offset, field, message, hint });
  const known = (collection: string, key: string) => site.invalid?.has(`${collection}/${key}`) ?? false;
  const facts = article.facts ?? pageFactsOf(article.body);

  for (const element of facts.citations) {
    if (element.kind === 'ComparisonTable' && !site.tables[element.id] && !known('comparisons', element.id)) {
      add('body', element.line, `<ComparisonTable id="${element.id}"> names no file in content/comparisons`, didYouMean(element.id, Object.keys(site.tables), 'Table ids are the file names in content/comparisons/.'));
    }
    if (element.kind === 'Fact' && !site.factSources[element.id] && !known('facts', element.id)) {
      add('body', element.line, `<Fact id="${element.id}"> names no file in content/facts`, didYouMean(element.id, Object.keys(site.factSources), 'Fact ids are the file names in content/facts/.'));
    }
    if (element.kind === 'Cite' && !site.sourceKeys.has(element.id) && !known('sources', element.id)) {
      add('body', element.line, `<Cite id="${element.id}"> names no source: there is no content/sources/${element.id}.yaml`, didYouMean(element.id, site.sourceKeys, 'Source keys are the file names in content/sources/; add a record there for a new source.'));
    }
    if (element.kind === 'SafetyGuide' && !site.safetySources?.[element.id] && !known('safety', element.id)) {
      add('body', element.line, `<SafetyGuide id="${element.id}"> names no file in content/safety`, didYouMean(element.id, Object.keys(site.safetySources ?? {}), 'Safety record ids are the file names in content/safety/.'));
    }
  }
  // Emergency signs and what to do while waiting have one home, content/safety. A page that writes
  // its own list gets out of step with it (the fact-check found five versions), so it is refused.
  for (const list of facts.emergencyLists) {
    add('body', list.line, `${list.what}: emergency signs and steps are written once, in content/safety`, 'use <SafetyGuide id="call-911" /> (or get-care-today, can-wait, while-you-wait, suicidal-thoughts) instead');
  }
  for (const prose of site.phoneContacts ? facts.numberedText : []) {
    for (const number of typedPhoneNumbers(prose.text, site.phoneContacts!)) {
      add('body', prose.line, `phone number "${number}" is typed as text`, 'write <Helpline id="..." /> (a record in content/helplines) so it is a tap-to-call link and is written in one place');
    }
  }
  for (const prose of facts.helplineText) {
    const typed = typedHelplineHours(prose.text);
    if (typed) add('body', prose.line, `helpline hours "${typed}" are typed as text`, 'write <Helpline id="..." hours /> so the hours come from the record in content/helplines');
  }
  const cited = numberCitations(facts.citations, site.tables, site.factSources, site.safetySources).map((use) => use.key);
  const listed = new Set(article.listedSources);
  for (const key of cited) {
    if ((site.sourceKeys.has(key) || known('sources', key)) && !listed.has(key)) {
      const where = facts.citations.find((e) => e.kind === 'Cite' && e.id === key);
      add('sources', article.sourcesLine === undefined ? undefined : article.sourcesLine - offset, `"${key}" is cited in the text but not listed in frontmatter sources`, `add ${key} to the sources list${where ? ` (it is cited at line ${where.line + offset})` : ''}`);
    }
  }
  for (const key of article.listedSources) {
    if (!cited.includes(key)) add('sources', article.sourcesLine === undefined ? undefined : article.sourcesLine - offset, `"${key}" is listed in frontmatter sources but never cited in the text`, 'cite it with <Cite id="..." /> after the sentence it supports, or take it off the list');
  }
  if (article.listedSources.length !== listed.size) add('sources', article.sourcesLine === undefined ? undefined : article.sourcesLine - offset, 'lists the same source more than once', 'list each source once');

  for (const term of facts.terms) {
    if (!site.glossaryIds.has(term.id) && !known('glossary', term.id)) add('body', term.line, `<Term id="${term.id}"> names no file in content/glossary`, didYouMean(term.id, site.glossaryIds, 'Glossary ids are the file names in content/glossary/.'));
  }
  for (const image of facts.imagesWithoutAlt) {
    add('body', image.line, `image ${image.src} has no text alternative`, 'write what it shows between the square brackets, ![like this](...), or in alt="..."');
  }
  for (const heading of facts.markdownHeadings) {
    add('body', heading.line, `heading "${heading.text}" must be written as <h2 id="stable-id">...</h2> (or h3) so its link survives rewording`, 'write <h2 id="lowercase-words">Heading</h2>');
  }
  const seen = new Set<string>();
  for (const section of facts.sections) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(section.id)) add('body', section.line, `heading id "${section.id}" must be lowercase words joined by hyphens`, 'for example id="who-is-at-risk"');
    if (seen.has(section.id)) add('body', section.line, `heading id "${section.id}" is used twice`, 'give each section its own id');
    seen.add(section.id);
  }
  return problems;
}

export interface SourceIdentity {
  key: string;
  title: string;
  url: string;
  doi?: string;
  pmid?: string;
}

/**
 * Two source records for one document split its citations in two and let their checks drift
 * apart: refuse two records with the same DOI, PMID, URL or title.
 */
export function checkDuplicateSources(sources: SourceIdentity[]): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['doi', 'pmid', 'url', 'title'] as const) {
    const seen = new Map<string, string>();
    for (const source of sources) {
      const raw = source[field];
      if (!raw) continue;
      const value =
        field === 'url' ? raw.replace(/\/$/, '').toLowerCase() : field === 'title' ? raw.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() : raw.toLowerCase();
      const first = seen.get(value);
      if (first) {
        problems.push({ file: `content/sources/${source.key}.yaml`, field, message: `same ${field} as content/sources/${first}.yaml (${raw})`, hint: 'keep one record and cite it everywhere' });
      } else seen.set(value, source.key);
    }
  }
  return problems;
}

/** Routes defined in src/pages that an article or site page must not take. */
export const RESERVED_SLUGS = ['search', 'a-z', 'glossary', 'sources', 'whats-new', 'data', 'pagefind', 'get-help', '404', 'large-print', 'reuse'];

/** Slugs must be unique across articles and site pages: both live at /<slug>/. */
export function duplicateSlugs(entries: { id: string; collection: string }[], reserved: string[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const file = `content/${entry.collection}/${entry.id}.mdx`;
    const clash = seen.get(entry.id) ?? (reserved.includes(entry.id) ? `src/pages/${entry.id}` : undefined);
    if (clash) problems.push({ file, field: 'slug', message: `"${entry.id}" is already used by ${clash}`, hint: 'rename one of the files (the file name is the URL)' });
    else seen.set(entry.id, file);
  }
  return problems;
}

/** Former slugs that another page, route or article still uses. */
export function redirectProblems(articles: { id: string; data: { formerSlugs: string[] } }[], pages: { id: string }[]): Problem[] {
  try {
    redirectsFor(articles.map((entry) => ({ id: entry.id, formerSlugs: entry.data.formerSlugs })), [...articles, ...pages].map((entry) => entry.id).concat(RESERVED_SLUGS));
    return [];
  } catch (error) {
    const [where, message] = String((error as Error).message).split(' › formerSlugs: ');
    return [{ file: where, field: 'formerSlugs', message: message ?? String(error), hint: 'an old URL can redirect only once no page uses it' }];
  }
}

/** A record of any collection, for the reference check. */
export interface RecordEntry {
  collection: string;
  id: string;
  /** Path from the project root, e.g. content/glossary/naloxone.yaml. */
  file: string;
  data: unknown;
  /** The file's text, to find the line of a bad key (read only when there is one). */
  text?: () => string;
}

/**
 * Keys in a record's fields that name no file: `sources: [...]` in a table cell, fact or safety
 * item, `related:` and `articles:` in a glossary term, a helpline's source. The schemas declare
 * them with reference(), which Astro only logs when it cannot resolve, and a page that follows
 * such a key then fails with a TypeError; here each is reported with its file, field and a
 * "did you mean". A key naming a file that failed its own schema is not reported again.
 */
export function unknownReferences(entries: RecordEntry[], keys: Record<string, Set<string>>, invalid = new Set<string>()): Problem[] {
  const problems: Problem[] = [];
  const visit = (entry: RecordEntry, value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item, i) => visit(entry, item, `${path}[${i}]`));
    const { collection, id } = value as { collection?: unknown; id?: unknown };
    if (typeof collection === 'string' && typeof id === 'string' && keys[collection]) {
      if (!keys[collection].has(id) && !invalid.has(`${collection}/${id}`)) {
        const index = entry.text?.().split('\n').findIndex((line) => line.includes(id)) ?? -1;
        problems.push({
          file: entry.file,
          line: index >= 0 ? index + 1 : undefined,
          field: path,
          message: `"${id}" names no file in content/${collection}`,
          hint: didYouMean(id, keys[collection], `Keys are the file names in content/${collection}/.`),
        });
      }
      return;
    }
    for (const [key, item] of Object.entries(value)) visit(entry, item, path ? `${path}.${key}` : key);
  };
  for (const entry of entries) visit(entry, entry.data, '');
  return problems;
}
