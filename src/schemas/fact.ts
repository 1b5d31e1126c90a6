/**
 * A dated fact (content/facts/<id>.yaml): one statement that holds only until a known date or a
 * known event, such as a temporary federal rule, what FDA has approved, or which label version a
 * rule comes from. Pages never retype it: they write <Fact id="..." />, which renders `text` with
 * its citations, and, once the fact is past its date, a dated caution at that sentence.
 * `npm run review` lists every fact that is past its date or due within 30 days.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { addMonths, isoDate } from './dates.ts';

/** A fact must be re-checked at least this often, even when nothing is expected to change. */
export const FACT_RECHECK_MONTHS = 12;

export const factSchema = z
  .object({
    /**
     * The sentence (or two) as readers see it, in plain words. Plain text: it is shown as text, so
     * markup in it is displayed, never run.
     */
    text: z.string().min(20),
    /** The sources that back the sentence; each is cited where the sentence stands. */
    sources: z.array(reference('sources')).min(1, { message: 'a dated fact must cite at least one source' }),
    /** Day an editor last confirmed the sentence against its sources. */
    lastChecked: isoDate,
    /** Day by which an editor must check it again (after lastChecked, within 12 months of it). */
    checkBy: isoDate,
    /**
     * Last day the statement is known to hold, where a known date ends it (a rule that runs
     * "until 31 December 2026" has validUntil '2026-12-31'). Leave out when no date is known.
     */
    validUntil: isoDate.optional(),
    /** For editors, not shown: what to look at when re-checking (which register, label section...). */
    recheck: z.string().min(10),
  })
  .strict()
  .superRefine((fact, ctx) => {
    if (fact.checkBy <= fact.lastChecked) {
      ctx.addIssue({ code: 'custom', path: ['checkBy'], message: 'must be after lastChecked' });
    } else if (fact.checkBy > addMonths(fact.lastChecked, FACT_RECHECK_MONTHS)) {
      ctx.addIssue({ code: 'custom', path: ['checkBy'], message: `must be within ${FACT_RECHECK_MONTHS} months of lastChecked (${fact.lastChecked})` });
    }
    if (fact.validUntil && fact.validUntil < fact.lastChecked) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'is before lastChecked: a fact already past its end date cannot be published as checked' });
    }
  });

export type Fact = z.infer<typeof factSchema>;
