/**
 * A search answer (content/search-answers/<id>.yaml): a short, honest reply for a question the
 * site has no page for ("ketamine clinic near me", "buy ketamine"), shown above the results on
 * the search page with a next step. Every sentence of `answer` is cited, like an article's.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';

export const searchAnswerSchema = z
  .object({
    /** The question, as a heading: "Where can I find a ketamine clinic?" */
    question: z.string().min(5),
    /**
     * Phrases that call this answer up: any of them inside the query, as whole words, lowercase.
     * `all` lists phrases that must all be there ("spravato" and "cost").
     */
    match: z.array(z.union([z.string().min(2), z.object({ all: z.array(z.string().min(2)).min(2) }).strict()])).min(1),
    /** Short sentences, each with the sources it rests on (keys of content/sources/). */
    answer: z.array(z.object({ text: z.string().min(10), sources: z.array(reference('sources')).default([]) }).strict()).min(1),
    /** Where to go next: pages of this site (/slug/#section) or https links. */
    next: z.array(z.object({ href: z.string().regex(/^(\/|https:\/\/)/, { message: "must start with '/' or 'https://'" }), text: z.string().min(3) }).strict()).min(1),
  })
  .strict();

export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
