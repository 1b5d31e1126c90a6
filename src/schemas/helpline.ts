/**
 * A helpline (content/helplines/<id>.yaml). The crisis box on every page and the Get help now
 * page are built from these records, so a number is changed in one place only.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate } from './dates.ts';

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
    /** When it answers, e.g. "24 hours a day, every day". */
    hours: z.string().min(3),
    /** Ways to reach it, most used first. */
    contacts: z.array(contactSchema).min(1),
    /** True for services to use in an emergency or crisis (shown first, in the crisis box). */
    crisis: z.boolean().default(false),
    /** Sort order on the page; lower first. */
    order: z.number().int(),
    /** Day an editor confirmed the numbers work and the description is right. */
    lastChecked: isoDate,
    /** The source record that backs the details. */
    source: reference('sources'),
  })
  .strict();
