/**
 * A treatment option for hard-to-treat depression (content/treatment-options/<id>.yaml).
 * One file per option holds everything the site says about it in short form: what it is, what
 * it asks of you, its benefits and harms with their figures, and what is not known. Two things
 * render from these files and nothing else: the decision aid's option sections, icon arrays,
 * summary and sources (<TreatmentOptions />, <MyOptions />, <OptionSources />) and the shared
 * "other choices" block on articles (<OtherChoices />).
 *
 * Every statement names its sources (keys of content/sources), which become numbered
 * citations wherever the statement is shown.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';

/**
 * A sentence that states no fact needs no source ("Your usual check-ups", "Ask what it costs"),
 * so the practical lines may leave `sources` empty; every benefit and harm needs one.
 */
const plainOrSourcedSchema = z
  .object({ text: z.string().min(5), sources: z.array(reference('sources')) })
  .strict();

/** A short, plain sentence or two with its sources. */
const sourcedSchema = z
  .object({
    text: z.string().min(5),
    sources: z.array(reference('sources')).min(1, { message: 'every statement needs at least one source' }),
  })
  .strict();

/**
 * A figure from ONE trial or ONE review, as natural frequencies ("27 in 100"). Groups compared
 * are groups of that same study; figures from different studies are never put side by side
 * as if they were one study.
 */
const figureSchema = z
  .object({
    /** What was counted, finishing "N in 100 ...", e.g. "were nearly free of symptoms after 8 weeks". */
    outcome: z.string().min(5),
    /** Whether the outcome is good news (a benefit) or bad news (a harm, a relapse). Sets the colour. */
    kind: z.enum(['benefit', 'harm']),
    /** The one study the figure comes from. */
    source: reference('sources'),
    /** The study in plain words, e.g. "ESCAPE-TRD, a trial of 676 adults". */
    study: z.string().min(5),
    /** When the evidence was published: YYYY. */
    evidenceYear: z.string().regex(/^\d{4}$/, { message: 'a year, YYYY' }),
    /** Who paid for the study, as checked (say so when it was not found). */
    paidBy: z.string().min(3),
    /** The study's groups, each as a count out of 100 (rounded from the study's own percentages). */
    groups: z
      .array(z.object({ label: z.string().min(2), per100: z.number().int().min(0).max(100) }).strict())
      .min(1)
      .max(3),
    /** What a reader must know to read the figure fairly (design, who was in it). */
    caution: z.string().min(5).optional(),
  })
  .strict();

export const treatmentOptionSchema = z
  .object({
    /** The option's name as a reader would say it. */
    name: z.string().min(2),
    /** Position on the decision aid (lower first). */
    order: z.number().int(),
    /** What it is, in one or two sentences. */
    what: sourcedSchema,
    /** One line for the shared "other choices" block; options without it are left out of that block. */
    otherChoicesLine: sourcedSchema.optional(),
    /** What it asks of you. */
    asks: z.object({ time: plainOrSourcedSchema, visits: plainOrSourcedSchema, practical: plainOrSourcedSchema }).strict(),
    /** The short form of what it asks, for the printed summary (no citations there). */
    asksInShort: z.string().min(5).max(90),
    benefits: z.array(sourcedSchema).min(1),
    harms: z.array(sourcedSchema).min(1),
    /** Figures shown as icon arrays; may be empty where no study gives one (say so in `notKnown`). */
    figures: z.array(figureSchema),
    notKnown: z.array(plainOrSourcedSchema).min(1),
  })
  .strict();

export type TreatmentOption = z.infer<typeof treatmentOptionSchema>;
