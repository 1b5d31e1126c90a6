/**
 * Safety guidance (content/safety/<id>.yaml): the one home of every emergency sign, every step to
 * take while waiting for help, and the other safety advice the site repeats (Good Samaritan laws,
 * street ketamine, take-home ketamine). Pages never retype these words: they render a record with
 * <SafetyGuide id="..." /> (MDX) or <SafetyRecord id="..." /> (Astro pages and the crisis box),
 * and the build refuses an MDX page that writes its own emergency list (src/lib/content-rules.ts).
 *
 * Tiers for signs: `call-911` (an ambulance now), `get-care-today` (the prescriber or urgent care
 * the same day), `can-wait` (the next appointment). A page chooses which records it shows.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { addMonths, isoDate } from './dates.ts';

/** How urgent a record is; decides the box's style and the word written in its heading. */
export const SAFETY_LEVELS = {
  emergency: 'Emergency',
  urgent: 'Today',
  routine: 'Can wait',
  warning: 'Take care',
  info: 'Information',
} as const;

const itemSchema = z
  .object({
    /** Stable id, lowercase words joined by hyphens, unique in the record (tests and anchors use it). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase words joined by hyphens' }),
    /** The sign or step, as the reader sees it. This is the only place these words are written. */
    text: z.string().min(5),
    /** Sources for this item (keys of content/sources). Every item needs at least one. */
    sources: z.array(reference('sources')).min(1, { message: 'every item needs at least one source' }),
  })
  .strict();

export const safetySchema = z
  .object({
    /** Heading of the box, e.g. "Call 911 now if someone who has used ketamine". */
    title: z.string().min(5),
    /** How urgent: emergency (911 now), urgent (same day), routine (next appointment) or info. */
    level: z.enum(Object.keys(SAFETY_LEVELS) as [keyof typeof SAFETY_LEVELS, ...(keyof typeof SAFETY_LEVELS)[]]),
    /** Optional sentence shown before the list. */
    intro: z.string().min(5).optional(),
    /** True when the items are steps to take in order (shown as a numbered list). */
    ordered: z.boolean().default(false),
    /** The signs or steps, in the order shown. */
    items: z.array(itemSchema).min(1),
    /** Optional sentence shown after the list (no citation: keep facts in items). */
    outro: z.string().min(5).optional(),
    /** Day an editor last checked every item against its sources. */
    lastChecked: isoDate,
    /** Day by which an editor must check them again (after lastChecked, within 12 months). */
    checkBy: isoDate,
  })
  .strict()
  .superRefine((record, ctx) => {
    const seen = new Set<string>();
    record.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item id "${item.id}" is used twice` });
      seen.add(item.id);
    });
    if (!record.checkBy || !record.lastChecked) return;
    if (record.checkBy <= record.lastChecked) ctx.addIssue({ code: 'custom', path: ['checkBy'], message: 'must be after lastChecked' });
    else if (record.checkBy > addMonths(record.lastChecked, 12)) ctx.addIssue({ code: 'custom', path: ['checkBy'], message: `must be within 12 months of lastChecked (${record.lastChecked})` });
  });
