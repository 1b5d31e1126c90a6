/**
 * Tap to call: finds helpline numbers in plain text and turns them into tel: or sms: links, using
 * only the numbers in content/helplines (so a number is written, and checked, in one place).
 * Used by components that render text from data (<LinkedText>: summaries, key points, checklists,
 * safety records, glossary definitions) and by the content rule that refuses a number typed into
 * MDX text instead of <Helpline id="..." /> (src/lib/content-rules.ts).
 *
 * A long number ("1-800-662-4357") is linked wherever it appears. A short one (911, 988, 435748)
 * is linked only after "call", "text", "dial" or "to" ("call or text 988", "text your ZIP code to
 * 435748"), so "the 988 Lifeline" or "a 911 list" stay plain words. "text ... 988" and "to 435748"
 * become sms: links when the line takes texts; anything else is a call.
 *
 * Any other phone-number-like text ("1-855-000-0000") is reported as unknown, so the build can
 * refuse it until the number has a helpline record.
 */

export interface PhoneContact {
  method: 'call' | 'text' | 'chat' | 'tty' | 'website';
  value: string;
  href: string;
}

export type PhonePart = string | { text: string; href: string };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Anything that looks like a US phone number written with dashes, e.g. 1-800-662-4357 or 800-950-6264. */
export const PHONE_LIKE = /\b(?:1-)?\d{3}-\d{3}-\d{4}\b|\b1-800-[A-Z]{3}-\d{4}\b/g;

export class PhoneLinker {
  private readonly long = new Map<string, PhoneContact[]>();
  private readonly short = new Map<string, PhoneContact[]>();
  private readonly pattern: RegExp;

  constructor(contacts: PhoneContact[]) {
    for (const contact of contacts) {
      if (contact.method === 'website' || contact.method === 'chat') continue;
      const map = contact.value.includes('-') ? this.long : this.short;
      map.set(contact.value, [...(map.get(contact.value) ?? []), contact]);
    }
    const longs = [...this.long.keys()].sort((a, b) => b.length - a.length).map(escape);
    const shorts = [...this.short.keys()].sort((a, b) => b.length - a.length).map(escape);
    // Group 1: a long number. Group 2: the words before a short number; group 3: the short number.
    const parts = [];
    // Group 1 always exists (a group that never matches when there are no long numbers), so the
    // short-number groups stay 2 and 3.
    parts.push(longs.length ? `\\b(${longs.join('|')})\\b` : '((?!))');
    if (shorts.length) parts.push(`\\b((?:call|text|dial|to)\\b(?:\\s+or\\s+text)?(?:\\s+[^\\s.!?;:]+){0,3}?\\s+)(${shorts.join('|')})\\b`);
    this.pattern = new RegExp(parts.join('|') || '(?!)', 'gi');
  }

  private hrefFor(value: string, lead: string, map: Map<string, PhoneContact[]>): string {
    const contacts = map.get(value)!;
    const wantsText = /^(?:text|to)\b/i.test(lead.trim()) && !/\bcall\b/i.test(lead);
    const texting = contacts.find((c) => c.method === 'text');
    if (wantsText && texting) return texting.href;
    return (contacts.find((c) => c.method === 'call') ?? contacts.find((c) => c.method === 'tty') ?? contacts[0]).href;
  }

  /** The text split into plain strings and links. */
  split(text: string): PhonePart[] {
    const out: PhonePart[] = [];
    let last = 0;
    for (const match of text.matchAll(this.pattern)) {
      const start = match.index!;
      if (match[1]) {
        if (start > last) out.push(text.slice(last, start));
        out.push({ text: match[1], href: this.hrefFor(match[1], '', this.long) });
        last = start + match[1].length;
      } else {
        const numberStart = start + match[2].length;
        if (numberStart > last) out.push(text.slice(last, numberStart));
        out.push({ text: match[3], href: this.hrefFor(match[3], match[2], this.short) });
        last = numberStart + match[3].length;
      }
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }

  /** Phone-number-like text that is not one of the helpline numbers. */
  unknownNumbers(text: string): string[] {
    return [...text.matchAll(PHONE_LIKE)].map((m) => m[0]).filter((number) => !this.long.has(number));
  }
}
