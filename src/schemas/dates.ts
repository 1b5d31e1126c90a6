/**
 * Calendar dates for clinical content.
 *
 * Dates are written as quoted strings ('2026-11-21'), never as bare YAML dates: YAML turns an
 * unquoted 2026-02-30 into 2 March without a word, and an impossible review date must fail loudly.
 * They stay strings after validation (plain calendar days, no time zone to drift across).
 */
import { z } from 'astro/zod';

/** True when `value` is a real calendar day written YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day, 'YYYY-MM-DD', that exists. */
export const isoDate = z.custom<string>(
  (value) => typeof value === 'string' && isRealIsoDate(value),
  {
    message:
      "must be a real date written in quotes as 'YYYY-MM-DD' (an unquoted or impossible date such as 2026-02-30 is refused)",
  },
);

/** A publication date as precise as the source gives it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export const partialDate = z.custom<string>(
  (value) =>
    typeof value === 'string' &&
    (/^\d{4}$/.test(value) ||
      (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) ||
      isRealIsoDate(value)),
  { message: "must be written in quotes as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' and be a real date" },
);

/** Whole months from one ISO day to another, counting a partial month as a month. */
export function addMonths(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The day the site is built for, 'YYYY-MM-DD' (UTC). It only decides what pages *say* about
 * currency ("Due for review since ..."), never whether the build passes.
 * `SITE_TODAY=2027-06-01` builds the site as it will read on that day: the tests pin it so their
 * results never depend on the calendar. A badly written SITE_TODAY stops the build rather than
 * being ignored.
 */
export function today(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.SITE_TODAY;
  if (pinned === undefined || pinned === '') return new Date().toISOString().slice(0, 10);
  if (!isRealIsoDate(pinned)) throw new Error(`SITE_TODAY: got "${pinned}", expected a real date written YYYY-MM-DD (or leave it unset for today)`);
  return pinned;
}

/** The ISO day `days` days after `isoDay` (negative for before). */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** '2026-11-21' -> '21 November 2026'; '2024-10' -> 'October 2024'; '2019' -> '2019'. */
export function formatDate(value: string): string {
  const parts = value.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (parts.length === 1) return String(parts[0]);
  if (parts.length === 2) return `${months[parts[1] - 1]} ${parts[0]}`;
  return `${parts[2]} ${months[parts[1] - 1]} ${parts[0]}`;
}
