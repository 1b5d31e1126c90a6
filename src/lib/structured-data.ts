/**
 * JSON-LD for articles: a schema.org MedicalWebPage naming when the page was last reviewed, what
 * it is about, who it is for and what it cites. Typed with schema-dts (schema.org's vocabulary
 * as TypeScript types), so `astro check` refuses a property schema.org does not define for a type.
 */
import type { MedicalWebPage, WithContext } from 'schema-dts';
import type { AUDIENCES } from '../schemas/article.ts';
import { SITE } from './site.ts';

/** schema.org audience for each of our audiences, in the words health sites use for them. */
const AUDIENCE_TYPES: Record<keyof typeof AUDIENCES, string> = {
  patients: 'Patient',
  families: 'Caregiver',
  clinics: 'Clinician',
};

export interface PageFacts {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  lastReviewed: string;
  /** Oldest and newest change-log dates. */
  published: string;
  modified: string;
  audiences: (keyof typeof AUDIENCES)[];
  /** The drug the page is about and its other names (brand, generic, street). */
  about: { name: string; alternateNames: string[] };
  reviewer?: { name: string; credentials: string };
  sources: { title: string; url: string; publisher: string; date: string; authors?: string[]; doi?: string }[];
}

export function medicalWebPage(page: PageFacts): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: page.url,
    name: page.title,
    headline: page.title,
    description: page.description,
    inLanguage: 'en-US',
    lastReviewed: page.lastReviewed,
    datePublished: page.published,
    dateModified: page.modified,
    ...(page.reviewer && { reviewedBy: { '@type': 'Person', name: page.reviewer.name, jobTitle: page.reviewer.credentials } }),
    about: { '@type': 'Drug', name: page.about.name, alternateName: page.about.alternateNames },
    audience: page.audiences.map((audience) => ({ '@type': 'MedicalAudience', audienceType: AUDIENCE_TYPES[audience] })),
    // The address alone identifies each source for machines; title, authors, publisher and dates
    // are in the visible reference list. Repeating titles here cost 3-4 KB gzip per article, a
    // quarter of the 15 KB first-load budget (issue 10).
    citation: page.sources.map((source) => ({ '@type': 'CreativeWork', url: source.url })),
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: new URL('/', SITE.url).href },
    publisher: { '@type': 'Organization', name: SITE.name, url: new URL('/', SITE.url).href },
    license: SITE.license.url,
  };
}

/**
 * The JSON-LD as text safe inside a <script> element: "<" is escaped so no value (a source title,
 * say) can close the element early.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
