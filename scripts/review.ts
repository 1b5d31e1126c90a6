/**
 * `npm run review`: the editors' weekly check. Lists every page, dated fact and helpline that is
 * past its review or re-check date, or due within 30 days, each with its date; exits 1 when
 * anything is past due (so a host's scheduled CI job turns red), 0 otherwise. It is not part of
 * `npm test`: tests must give the same result on any date, and this check exists to depend on it.
 *
 *   npm run review                       as of today (UTC)
 *   SITE_TODAY=2027-06-01 npm run review  as the site will stand on that day
 *   npm run review -- --root DIR          another copy of the site (its content/ folder)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { today } from '../src/schemas/dates.ts';
import { DUE_SOON_DAYS } from '../src/lib/review-status.ts';
import { describeItem, dueSoon, pastDue, reviewInventory } from '../src/lib/review-inventory.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: resolve(import.meta.dirname, '..') } } });
const day = today();
const { items, problems } = reviewInventory(values.root!, day);
const overdue = pastDue(items);
const soon = dueSoon(items);

console.log(`Review check for ${day}${process.env.SITE_TODAY ? ' (SITE_TODAY)' : ''}: ${items.length} dated items.`);
if (overdue.length) console.log(`\nPast due (${overdue.length}): check each against its sources, then update its dates.\n${overdue.map((i) => `  ✗ ${describeItem(i)}`).join('\n')}`);
if (soon.length) console.log(`\nDue within ${DUE_SOON_DAYS} days (${soon.length}):\n${soon.map((i) => `  • ${describeItem(i)}`).join('\n')}`);
if (problems.length) console.log(`\nDates that could not be read (${problems.length}):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
if (!overdue.length && !soon.length && !problems.length) console.log('Nothing is past due or due soon.');
console.log(`\n${overdue.length} past due, ${soon.length} due soon, ${items.length - overdue.length - soon.length} current.`);
process.exit(overdue.length || problems.length ? 1 : 0);
