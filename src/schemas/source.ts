/**
 * A source: one typed record per document the site cites (content/sources/<id>.yaml).
 * The file name is the citation key authors write in <Cite id="..." />.
 */
import { z } from 'astro/zod';
import { isoDate, partialDate } from './dates.ts';

/**
 * Kinds of evidence, strongest regulatory evidence first. Shown next to each reference so
 * readers see the strength of what backs a sentence (content standards, "Sources and citations").
 */
export const SOURCE_KINDS = {
  'drug-label': 'Drug label or REMS',
  regulator: 'Regulator',
  /** Public health agencies that inform but do not regulate: NIMH, NIDA, SAMHSA, HRSA, state health departments. */
  'health-agency': 'Health agency',
  guideline: 'Guideline',
  'systematic-review': 'Systematic review',
  'randomized-trial': 'Randomized trial',
  'observational-study': 'Observational study',
  other: 'Other',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

export const sourceSchema = z
  .object({
    /** Title of the document, as the publisher gives it. */
    title: z.string().min(3),
    /** Publisher, agency or journal (for a journal article, the journal). */
    publisher: z.string().min(2),
    /** Authors where there are few (up to about six); omit for agency documents. */
    authors: z.array(z.string().min(2)).optional(),
    /** Date published, or revised for a label: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
    date: partialDate,
    /** Whether `date` is when it was published or when it was last revised. */
    dateType: z.enum(['published', 'revised']).default('published'),
    /** Where a reader can check it. Must be https: a plain http link can be altered on the way. */
    url: z
      .string()
      .refine((value) => URL.canParse(value), { message: 'must be a full URL' })
      .refine((value) => value.startsWith('https://'), { message: "must start with 'https://'" }),
    /** DOI without the https://doi.org/ prefix, e.g. 10.1056/NEJMoa2302399. */
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { message: "must look like '10.1234/abc'" }).optional(),
    /** PubMed ID, digits only. */
    pmid: z.string().regex(/^\d{1,9}$/, { message: 'must be digits only' }).optional(),
    /** The day an editor last opened the source and confirmed what the site cites it for. */
    lastChecked: isoDate,
    /** The kind of evidence (see SOURCE_KINDS). */
    kind: z.enum(Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]]),
    /**
     * Editors' note, not shown to readers: how a fact the fact base marks PARTIAL or
     * secondary was checked, or which parts of the source the site relies on.
     */
    verification: z.string().optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;

/** "Daly EJ, et al." -> "Daly EJ, et al. " (no doubled full stop); "Zarate CA" -> "Zarate CA. ". */
export function authorsSentence(authors: string[], style: 'all' | 'ama' = 'all'): string {
  // AMA style, as journals print reference lists: up to six authors in full, more as the first
  // three and "et al." The /sources/ page keeps every name.
  const shown = style === 'ama' && authors.length > 6 ? [...authors.slice(0, 3), 'et al.'] : authors;
  const list = shown.join(', ');
  return list.endsWith('.') ? `${list} ` : `${list}. `;
}
