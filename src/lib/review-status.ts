/**
 * Currency of pages and dated facts: one rule for what is overdue or due soon, used by the page
 * (what readers see), the build's warning and `npm run review` (what editors see). Nothing here
 * stops a build: time must never be the reason the site fails to build.
 */
import { addDays, formatDate } from '../schemas/dates.ts';

/** Editors are told about anything falling due within this many days. */
export const DUE_SOON_DAYS = 30;

export type Currency =
  /** Nothing due in the next DUE_SOON_DAYS days. */
  | { state: 'current' }
  /** Due on `date`, which is today or within DUE_SOON_DAYS days. */
  | { state: 'due-soon'; date: string }
  /** Its review or re-check date, `date`, has passed. */
  | { state: 'overdue'; date: string }
  /** A fact's own end date, `date`, has passed: it may no longer be true. */
  | { state: 'expired'; date: string };

/**
 * A page's review currency. A review due today is not yet overdue; the day after it is.
 */
export function pageCurrency(nextReview: string, today: string): Currency {
  if (today > nextReview) return { state: 'overdue', date: nextReview };
  if (nextReview <= addDays(today, DUE_SOON_DAYS)) return { state: 'due-soon', date: nextReview };
  return { state: 'current' };
}

/**
 * A dated fact's currency. Past its end date (validUntil) it is expired, whatever its check
 * date; otherwise the earlier of its two dates decides.
 */
export function factCurrency(fact: { checkBy: string; validUntil?: string }, today: string): Currency {
  if (fact.validUntil && today > fact.validUntil) return { state: 'expired', date: fact.validUntil };
  if (today > fact.checkBy) return { state: 'overdue', date: fact.checkBy };
  const next = fact.validUntil && fact.validUntil < fact.checkBy ? fact.validUntil : fact.checkBy;
  if (next <= addDays(today, DUE_SOON_DAYS)) return { state: 'due-soon', date: next };
  return { state: 'current' };
}

/** What a reader sees under an overdue page's review dates, or undefined when none is needed. */
export function pageCaution(currency: Currency): string | undefined {
  return currency.state === 'overdue' ? `Due for review since ${formatDate(currency.date)}: some details may be out of date.` : undefined;
}

/** What a reader sees at a dated fact's sentence once it is past its date, or undefined. */
export function factCaution(currency: Currency): string | undefined {
  if (currency.state === 'expired') return `This was due to change after ${formatDate(currency.date)}, and we have not checked it since. It may be out of date.`;
  if (currency.state === 'overdue') return `We were due to check this again by ${formatDate(currency.date)}. It may be out of date.`;
  return undefined;
}
