/**
 * Content others can reuse: each article as JSON at /reuse/<slug>.json and an embeddable HTML
 * snippet (summary and key points, with attribution) at /reuse/<slug>.html, as MedlinePlus
 * Connect and the NHS website's content API let patient portals reuse pages. Also the address of
 * each handout's large-print copy. The for-clinics page documents both formats.
 */
import type { Section } from './sections.ts';
import type { Currency } from './review-status.ts';

/** Addresses: stable once published, like the article's own /<slug>/. */
export const reuseJsonPath = (slug: string) => `/reuse/${slug}.json`;
export const reuseSnippetPath = (slug: string) => `/reuse/${slug}.html`;
export const largePrintPath = (slug: string) => `/large-print/${slug}/`;

/** Bumped only if a field changes meaning or goes away; new fields may be added at any time. */
export const REUSE_FORMAT_VERSION = 1;

export interface CrisisLine {
  name: string;
  for: string;
  /** When the line answers; left out where the helpline record gives no hours. */
  hours?: string;
  /** Languages, where not every contact offers the same. */
  languages?: string;
  contacts: { method: string; value: string; href: string; note?: string }[];
}

export interface ArticleInput {
  slug: string;
  title: string;
  summary: string;
  keyPoints: string[];
  sections: Section[];
  lastReviewed: string;
  nextReview: string;
  /** Latest changelog date: the version of the text. */
  versionDate: string;
  review: { status: 'not-clinician-reviewed' } | { status: 'clinician-reviewed'; reviewer: string };
  /** Whether the review date has passed on the day the site was built. */
  currency: Currency;
  handout: boolean;
}

export interface ArticleRecord {
  formatVersion: number;
  site: string;
  url: string;
  title: string;
  summary: string;
  keyPoints: string[];
  sections: { id: string; level: 2 | 3; heading: string; url: string }[];
  review: {
    lastReviewed: string;
    nextReview: string;
    /** 'due-for-review' once nextReview has passed (on the build day). */
    state: 'current' | 'due-for-review';
    clinicalReview: 'not-clinician-reviewed' | 'clinician-reviewed';
    reviewer?: string;
  };
  versionDate: string;
  license: { name: string; url: string; terms: string };
  attribution: string;
  crisisHelp: CrisisLine[];
  links: { page: string; json: string; snippet: string; largePrint?: string };
}

export function articleRecord(
  input: ArticleInput,
  site: { name: string; url: string; license: { name: string; url: string } },
  crisisHelp: CrisisLine[],
): ArticleRecord {
  const absolute = (path: string) => new URL(path, site.url).href;
  const url = absolute(`/${input.slug}/`);
  return {
    formatVersion: REUSE_FORMAT_VERSION,
    site: site.name,
    url,
    title: input.title,
    summary: input.summary,
    keyPoints: input.keyPoints,
    sections: input.sections.map((section) => ({ id: section.id, level: section.depth, heading: section.text, url: `${url}#${section.id}` })),
    review: {
      lastReviewed: input.lastReviewed,
      nextReview: input.nextReview,
      state: input.currency.state === 'overdue' ? 'due-for-review' : 'current',
      clinicalReview: input.review.status,
      ...(input.review.status === 'clinician-reviewed' ? { reviewer: input.review.reviewer } : {}),
    },
    versionDate: input.versionDate,
    license: {
      name: site.license.name,
      url: site.license.url,
      terms: 'Keep the text unchanged, name the site and link to the page, say it is under this license, and do not sell it. Full terms: ' + absolute('/for-clinics/#reuse'),
    },
    attribution: `From ${site.name}, "${input.title}", ${url}, last reviewed ${input.lastReviewed}. ${site.license.name}.`,
    crisisHelp,
    links: {
      page: url,
      json: absolute(reuseJsonPath(input.slug)),
      snippet: absolute(reuseSnippetPath(input.slug)),
      ...(input.handout ? { largePrint: absolute(largePrintPath(input.slug)) } : {}),
    },
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The embeddable snippet: plain HTML with class names and no styles or scripts, so it takes the
 * embedding site's look and passes its security policy. The attribution the license asks for
 * is part of it.
 */
export function articleSnippet(record: ArticleRecord, lastReviewedText: string): string {
  const points = record.keyPoints.map((point) => `    <li>${escapeHtml(point)}</li>`).join('\n');
  return `<section class="ketamine-facts-snippet" lang="en-US" data-source="${escapeHtml(record.url)}">
  <h2 class="ketamine-facts-title"><a href="${escapeHtml(record.url)}">${escapeHtml(record.title)}</a></h2>
  <p class="ketamine-facts-summary">${escapeHtml(record.summary)}</p>
  <ul class="ketamine-facts-key-points">
${points}
  </ul>
  <p class="ketamine-facts-attribution">From <a href="${escapeHtml(record.url)}">${escapeHtml(record.site)}</a>, last reviewed ${escapeHtml(lastReviewedText)}. Sources for every point are on the page. Text licensed <a href="${escapeHtml(record.license.url)}" rel="license">${escapeHtml(record.license.name)}</a>: reuse it unchanged.</p>
</section>
`;
}
