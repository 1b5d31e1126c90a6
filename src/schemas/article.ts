/**
 * An article (content/articles/<slug>.mdx): one question a reader asks, answered first, then
 * key points, then detail, every factual sentence cited. The file name is the URL: /<slug>/.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { addMonths, isoDate } from './dates.ts';

export const AUDIENCES = { patients: 'People considering treatment', families: 'Families and friends', clinics: 'Clinics' } as const;

/** Topics group related pages ("Related pages" and the A-Z index use them). */
export const TOPICS = {
  addiction: 'Addiction and dependence',
  treatment: 'Treatment',
  safety: 'Side effects and safety',
  'warning-signs': 'Warning signs and getting help',
  alternatives: 'Other treatments',
  support: 'Support for families',
} as const;

/**
 * The reader paths on the home page. Every article names the one it belongs to, so a new article
 * reaches the home page without anyone editing a list (src/pages/index.astro).
 */
export const HOME_PATHS = {
  'considering-treatment': {
    title: 'Considering ketamine or Spravato treatment',
    intro: 'What treatment is like, how well it works, its risks, and what to ask.',
  },
  'worried-about-someone': {
    title: 'Worried about someone',
    intro: 'Signs to look for, how to help, and where to get support.',
  },
} as const;

/** Longest description search engines show in full. */
export const DESCRIPTION_MAX = 160;
/** A page must be reviewed again within this many months of its last review. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** Review status: either a named, credentialed clinician, or said plainly that none has yet. */
const reviewSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('clinician-reviewed'), reviewer: reference('reviewers') }).strict(),
  z.object({ status: z.literal('not-clinician-reviewed') }).strict(),
]);

const changeSchema = z
  .object({
    /** Day the change was published. */
    date: isoDate,
    /** What changed, in plain words a reader understands ("Added the 2025 approval for use on its own"). */
    summary: z.string().min(10),
  })
  .strict();

export const articleSchema = z
  .object({
    /** The reader's question or a plain statement, shown as the page heading. */
    title: z.string().min(10).max(90),
    /** One or two sentences for search results and link previews; at most 160 characters. */
    description: z
      .string()
      .min(50)
      .max(DESCRIPTION_MAX, { message: `must be at most ${DESCRIPTION_MAX} characters` }),
    /** The answer first: two or three sentences that answer the title's question. Shown under the title. */
    summary: z.string().min(50).max(600),
    /** Three to five key points, each one short sentence. */
    keyPoints: z.array(z.string().min(10).max(220)).min(3).max(5),
    /** Who the page is written for. */
    audiences: z.array(z.enum(Object.keys(AUDIENCES) as [keyof typeof AUDIENCES])).min(1),
    /** Main topic, used for related pages. */
    topic: z.enum(Object.keys(TOPICS) as [keyof typeof TOPICS]),
    /** Short label for menus and the A-Z index (defaults to the title). */
    navTitle: z.string().max(60).optional(),
    /** The home-page path that lists this article: considering-treatment or worried-about-someone. */
    homePath: z.enum(Object.keys(HOME_PATHS) as [keyof typeof HOME_PATHS], {
      message: `must say which home-page path lists this article: ${Object.keys(HOME_PATHS).join(' or ')}`,
    }),
    /** Order within its home-page path and in lists; lower first. */
    order: z.number().int().default(100),
    /** Day the facts on the page were last checked against their sources. */
    lastReviewed: isoDate,
    /** Day the page must be checked again: after lastReviewed and within 12 months of it. */
    nextReview: isoDate,
    /** Clinical review status. */
    review: reviewSchema,
    /** Public change log, newest first. */
    changelog: z.array(changeSchema).min(1),
    /** Every source the page cites, as keys of content/sources. Each must be cited in the text. */
    sources: z.array(reference('sources')).min(1, { message: 'an article must cite at least one source' }),
    /**
     * Earlier URLs of this page (the slug, without slashes). Each old URL gets a page that sends
     * the reader here, and a line in dist/_redirects for hosts that read it.
     */
    formerSlugs: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /**
     * A page made to hand out. On paper it prints as one page: the title, its checklists,
     * emergency callouts and any <Handout> part, the crisis numbers, and a footer with the
     * address, version date and site name. Once visited it also stays readable offline,
     * because these are the pages people need in a hurry or in a waiting room.
     */
    handout: z.boolean().default(false),
  })
  .strict()
  .superRefine((article, ctx) => {
    if (article.nextReview <= article.lastReviewed) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'must be after lastReviewed' });
    } else if (article.nextReview > addMonths(article.lastReviewed, REVIEW_INTERVAL_MONTHS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `must be within ${REVIEW_INTERVAL_MONTHS} months of lastReviewed (${article.lastReviewed})`,
      });
    }
    const dates = article.changelog.map((change) => change.date);
    if (dates.some((date, i) => i > 0 && date > dates[i - 1])) {
      ctx.addIssue({ code: 'custom', path: ['changelog'], message: 'must be listed newest first' });
    }
  });

export type Article = z.infer<typeof articleSchema>;
