/**
 * The reuse record of every article, read from the content collections (src/lib/reuse.ts holds
 * the format). Shared by the JSON and snippet routes.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageFactsFor, siteContext } from './content.ts';
import { pageCurrency } from './review-status.ts';
import { articleRecord, type ArticleRecord, type CrisisLine } from './reuse.ts';
import { extractSections, type Section } from './sections.ts';
import { optionHeadings } from './treatment-options.ts';
import type { PageFacts } from '../integrations/mdx-page-facts.ts';
import { SITE } from './site.ts';

export async function crisisLines(): Promise<CrisisLine[]> {
  const lines = (await getCollection('helplines', (entry) => entry.data.crisis)).sort((a, b) => a.data.order - b.data.order);
  return lines.map(({ data }) => ({ name: data.name, for: data.for, ...(data.hours ? { hours: data.hours } : {}), ...(data.languages ? { languages: data.languages } : {}), contacts: data.contacts.map((c) => ({ method: c.method, value: c.value, href: c.href, ...(c.note ? { note: c.note } : {}) })) }));
}

/**
 * The page's authored sections, with the option headings <TreatmentOptions> renders placed where
 * the component stands (after the authored sections above its line).
 */
function withOptionHeadings(facts: PageFacts, options: Parameters<typeof optionHeadings>[0]): Section[] {
  const sections = extractSections(facts);
  const component = facts.citations.find((element) => element.kind === 'Options' && element.id === 'TreatmentOptions');
  if (!component) return sections;
  const before = facts.sections.filter((section) => section.line < component.line).length;
  return [...sections.slice(0, before), ...optionHeadings(options), ...sections.slice(before)];
}

export async function recordOf(entry: CollectionEntry<'articles'>): Promise<ArticleRecord> {
  const { data } = entry;
  const { today } = await siteContext();
  return articleRecord(
    {
      slug: entry.id,
      title: data.title,
      summary: data.summary,
      keyPoints: data.keyPoints,
      sections: withOptionHeadings(await pageFactsFor(entry), (await siteContext()).treatmentOptions),
      lastReviewed: data.lastReviewed,
      nextReview: data.nextReview,
      versionDate: data.changelog[0].date,
      review: data.review.status === 'clinician-reviewed' ? { status: 'clinician-reviewed', reviewer: data.review.reviewer.id } : { status: 'not-clinician-reviewed' },
      currency: pageCurrency(data.nextReview, today),
      handout: data.handout ?? false,
    },
    SITE,
    await crisisLines(),
  );
}
