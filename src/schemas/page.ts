/**
 * A site page (content/pages/<slug>.mdx): about, editorial policy, privacy and the like.
 * Lighter than an article: no key points or clinical review, but dated and, where it states
 * facts, cited like an article.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate } from './dates.ts';

export const pageSchema = z
  .object({
    /** Page heading. */
    title: z.string().min(3).max(90),
    /** For search results and link previews; at most 160 characters. */
    description: z.string().min(30).max(160, { message: 'must be at most 160 characters' }),
    /** Day the page was last updated. */
    updated: isoDate,
    /** Sources cited on the page, if it cites any. */
    sources: z.array(reference('sources')).default([]),
    /** Show in the footer links. */
    footer: z.boolean().default(false),
    /** Order in the footer; lower first. */
    order: z.number().int().default(100),
  })
  .strict();
