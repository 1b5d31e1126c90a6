/**
 * Editorial integrity rules that need more than one file to check (a schema sees one file at a
 * time). Each problem names the file and the field so a writer can fix it in one go. The page
 * route calls `checkArticle` and stops the build on any problem; tests call it on fixtures.
 * No rule here depends on today's date: an overdue review is shown on the page and listed by
 * `npm run review`, never a reason to refuse a build (src/lib/review-status.ts).
 */
import { factsUsed, numberCitations, safetyUsed, tablesUsed, type TableSources } from './citations.ts';
import { PhoneLinker, type PhoneContact } from './phone-links.ts';
import { extractSections, markdownHeadings } from './sections.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface ArticleInput {
  /** Path of the file, for messages, e.g. content/articles/is-ketamine-addictive.mdx. */
  file: string;
  body: string;
  /** Keys listed in frontmatter `sources`. */
  listedSources: string[];
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
}

const TERM = /<Term\s+id=["']([^"']+)["']/g;
/** An emergency callout as authors write it: `<Callout level="emergency" ...>...</Callout>`. */
const EMERGENCY_CALLOUT = /<Callout\b[^>]*\blevel=["']emergency["'][^>]*>([\s\S]*?)<\/Callout>/g;
/** The title of a callout that lists 911 signs in prose: "Call 911 now if...", "Get help now if...". */
const EMERGENCY_TITLE = /title=["'](?:call 911|get help now if)/i;
/** A Markdown or HTML list item. */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\S|<li\b/m;
/** "Call 911 ... :" (or "call 911 now if") at the end of a line, then a list: a hand-written emergency list. */
const CALL_911_LIST = /call 911[^\n]*(?:if|:)\s*\n(?:\s*\n)?\s*(?:[-*+]|\d+[.)])\s+\S/i;

/**
 * Emergency signs and what to do while waiting have one home, content/safety. A page that writes
 * its own list gets out of step with it (the fact-check found five versions), so it is refused.
 */
export function handWrittenEmergencyLists(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(EMERGENCY_CALLOUT)) {
    if (LIST_ITEM.test(match[1])) found.push('an emergency <Callout> with its own list of signs or steps');
    else if (EMERGENCY_TITLE.test(match[0].slice(0, match[0].indexOf('>') + 1))) found.push('an emergency <Callout> titled "Call 911 now if" with its own signs');
    // Any other emergency box is still emergency advice typed by hand (two pages once worded the
    // suicide-crisis advice differently), so it is refused too.
    else found.push('an emergency <Callout> with its own emergency advice');
  }
  const outside = body.replace(EMERGENCY_CALLOUT, '');
  if (CALL_911_LIST.test(outside)) found.push('a "call 911" sentence followed by its own list of signs');
  return found;
}
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(([^)]+)\)/g;
const HTML_IMAGE = /<img\b[^>]*>/g;

/**
 * Helpline numbers typed into MDX text, which would be plain text on a phone and could drift from
 * the record. Checklist lines and frontmatter are rendered with the numbers linked, so they may
 * carry numbers; everything else must use <Helpline id="..." />.
 */
export function typedPhoneNumbers(body: string, contacts: PhoneContact[]): string[] {
  const linker = new PhoneLinker(contacts);
  const text = body
    .replace(/<Checklist\b[\s\S]*?\/>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const typed = linker.split(text).flatMap((part) => (typeof part === 'string' ? [] : [part.text]));
  return [...new Set([...typed, ...linker.unknownNumbers(text)])];
}

export function checkArticle(article: ArticleInput, site: SiteContext): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file: article.file, field, message });

  for (const table of tablesUsed(article.body)) {
    if (!site.tables[table]) add('body', `<ComparisonTable id="${table}"> names no file in content/comparisons`);
  }
  for (const record of safetyUsed(article.body)) {
    if (!site.safetySources?.[record]) add('body', `<SafetyGuide id="${record}"> names no file in content/safety`);
  }
  for (const what of handWrittenEmergencyLists(article.body)) {
    add(
      'body',
      `${what}: emergency signs and steps are written once, in content/safety. Use <SafetyGuide id="call-911" /> (or get-care-today, can-wait, while-you-wait, suicidal-thoughts) instead`,
    );
  }
  for (const number of site.phoneContacts ? typedPhoneNumbers(article.body, site.phoneContacts) : []) {
    add('body', `phone number "${number}" is typed as text: write <Helpline id="..." /> (a record in content/helplines) so it is a tap-to-call link and is written in one place`);
  }
  for (const fact of factsUsed(article.body)) {
    if (!site.factSources[fact]) add('body', `<Fact id="${fact}"> names no file in content/facts`);
  }
  const cited = numberCitations(article.body, site.tables, site.factSources, site.safetySources).map((use) => use.key);
  const listed = new Set(article.listedSources);

  for (const key of cited) {
    if (!site.sourceKeys.has(key)) add('body', `<Cite id="${key}"> names no source: there is no content/sources/${key}.yaml`);
    else if (!listed.has(key)) add('sources', `"${key}" is cited in the text but not listed in frontmatter sources`);
  }
  for (const key of article.listedSources) {
    if (!cited.includes(key)) add('sources', `"${key}" is listed in frontmatter sources but never cited in the text`);
  }
  if (article.listedSources.length !== listed.size) add('sources', 'lists the same source more than once');

  for (const match of article.body.matchAll(TERM)) {
    if (!site.glossaryIds.has(match[1])) add('body', `<Term id="${match[1]}"> names no file in content/glossary`);
  }

  for (const match of article.body.matchAll(MARKDOWN_IMAGE)) {
    if (!match[1].trim()) add('body', `image ${match[2]} has no text alternative: write what it shows between the square brackets`);
  }
  for (const match of article.body.matchAll(HTML_IMAGE)) {
    const alt = /\balt=["']([^"']*)["']/.exec(match[0]);
    if (!alt || !alt[1].trim()) add('body', `image ${match[0]} has no text alternative (alt="...")`);
  }

  for (const line of markdownHeadings(article.body)) {
    add('body', `heading "${line}" must be written as <h2 id="stable-id">...</h2> (or h3) so its link survives rewording`);
  }
  const seen = new Set<string>();
  for (const section of extractSections(article.body)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(section.id)) add('body', `heading id "${section.id}" must be lowercase words joined by hyphens`);
    if (seen.has(section.id)) add('body', `heading id "${section.id}" is used twice`);
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
        problems.push({ file: `content/sources/${source.key}.yaml`, field, message: `same ${field} as content/sources/${first}.yaml (${raw}): keep one record and cite it everywhere` });
      } else seen.set(value, source.key);
    }
  }
  return problems;
}

/** One message for a list of problems, each on its own line. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((problem) => `${problem.file} › ${problem.field}: ${problem.message}`).join('\n');
}
