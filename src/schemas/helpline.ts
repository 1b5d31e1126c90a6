/**
 * A helpline (content/helplines/<id>.yaml). The crisis box on every page and the Get help now
 * page are built from these records, so a number is changed in one place only.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { addMonths, isoDate } from './dates.ts';

const contactSchema = z
  .object({
    /** How to reach it. */
    method: z.enum(['call', 'text', 'chat', 'tty', 'website']),
    /** What the reader dials, texts or opens, e.g. "988" or "1-800-662-4357". */
    value: z.string().min(2),
    /** Link target: tel:, sms: or https: (http and javascript: links are refused). */
    href: z.string().regex(/^(tel:|sms:|https:\/\/)/, { message: "must start with 'tel:', 'sms:' or 'https://'" }),
    /** Extra words shown after the value, e.g. "text your ZIP code". */
    note: z.string().optional(),
  })
  .strict();

export const helplineSchema = z
  .object({
    /** Service name, e.g. "988 Suicide & Crisis Lifeline". */
    name: z.string().min(3),
    /** One sentence: who it is for and when to use it. */
    for: z.string().min(10),
    /**
     * When it answers, e.g. "24 hours a day, every day". Required for listed lines. Pages show it
     * with <Helpline id="..." hours />, never typed by hand, so a change of hours is made here only.
     */
    hours: z.string().min(3).optional(),
    /** Languages, where not every contact offers the same, e.g. "the text line is in English only". */
    languages: z.string().min(3).optional(),
    /** Ways to reach it, most used first. */
    contacts: z.array(contactSchema).min(1),
    /** True for services to use in an emergency or crisis (shown first, in the crisis box). */
    crisis: z.boolean().default(false),
    /**
     * False for information lines that pages mention (the Spravato REMS line, FDA MedWatch):
     * they become tap-to-call links where written, but are not listed on Get help now.
     */
    listed: z.boolean().default(true),
    /** Sort order on the page; lower first. */
    order: z.number().int(),
    /** Day an editor confirmed the numbers work and the description is right. */
    lastChecked: isoDate,
    /**
     * Day by which an editor must confirm them again (after lastChecked, within 12 months).
     * What a line offers changes (988 dropped its LGBTQ+ option in 2025): `npm run review` lists
     * a helpline past this date.
     */
    checkBy: isoDate,
    /** The source record that backs the details. */
    source: reference('sources'),
  })
  .strict()
  .superRefine((line, ctx) => {
    if (line.listed && !line.hours) ctx.addIssue({ code: 'custom', path: ['hours'], message: 'a line listed on Get help now needs its hours' });
    if (!line.checkBy || !line.lastChecked) return; // reported by the field checks
    if (line.checkBy <= line.lastChecked) ctx.addIssue({ code: 'custom', path: ['checkBy'], message: 'must be after lastChecked' });
    else if (line.checkBy > addMonths(line.lastChecked, 12)) ctx.addIssue({ code: 'custom', path: ['checkBy'], message: `must be within 12 months of lastChecked (${line.lastChecked})` });
  });
