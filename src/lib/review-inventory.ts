/**
 * Everything on the site that has a date by which an editor must look at it again: each
 * article's next review, each dated fact's re-check and end dates, each helpline's re-check.
 * Read straight from content/ (no build needed), so `npm run review` answers in a second and
 * the build can print one warning that lists every overdue item at once.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isRealIsoDate } from '../schemas/dates.ts';
import { factCurrency, pageCurrency, type Currency } from './review-status.ts';

export interface ReviewItem {
  /** Path from the project root, e.g. content/articles/warning-signs.mdx. */
  file: string;
  kind: 'page' | 'fact' | 'helpline';
  /** What it is, in a few words (title, or the start of the fact's sentence). */
  label: string;
  currency: Currency;
}

export interface ReviewInventory {
  items: ReviewItem[];
  /** Files whose dates could not be read (the build's schema check refuses them too). */
  problems: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function files(root: string, folder: string, extension: string): string[] {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `content/${folder}/${name}`);
}

function shorten(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Every dated item under `root`/content, with its currency on `today`. */
export function reviewInventory(root: string, today: string): ReviewInventory {
  const items: ReviewItem[] = [];
  const problems: string[] = [];
  const read = (file: string): Record<string, unknown> | undefined => {
    const text = readFileSync(join(root, file), 'utf8');
    const yamlText = file.endsWith('.mdx') ? FRONTMATTER.exec(text)?.[1] : text;
    try {
      const data = yamlText === undefined ? undefined : parse(yamlText);
      if (data && typeof data === 'object') return data as Record<string, unknown>;
    } catch {
      /* reported below */
    }
    problems.push(`${file}: could not read its YAML`);
    return undefined;
  };
  const date = (file: string, data: Record<string, unknown>, field: string, optional = false): string | undefined => {
    const value = data[field];
    if (value === undefined && optional) return undefined;
    if (typeof value === 'string' && isRealIsoDate(value)) return value;
    problems.push(`${file} › ${field}: got ${JSON.stringify(value)}, expected a real date in quotes, 'YYYY-MM-DD'`);
    return undefined;
  };

  for (const file of files(root, 'articles', '.mdx')) {
    const data = read(file);
    const next = data && date(file, data, 'nextReview');
    if (data && next) items.push({ file, kind: 'page', label: shorten(String(data.title ?? file)), currency: pageCurrency(next, today) });
  }
  for (const file of files(root, 'facts', '.yaml')) {
    const data = read(file);
    const checkBy = data && date(file, data, 'checkBy');
    const validUntil = data && date(file, data, 'validUntil', true);
    if (data && checkBy) items.push({ file, kind: 'fact', label: shorten(String(data.text ?? file)), currency: factCurrency({ checkBy, validUntil }, today) });
  }
  for (const file of files(root, 'helplines', '.yaml')) {
    const data = read(file);
    const checkBy = data && date(file, data, 'checkBy');
    if (data && checkBy) items.push({ file, kind: 'helpline', label: shorten(String(data.name ?? file)), currency: factCurrency({ checkBy }, today) });
  }
  return { items, problems };
}

/** Items past their date (overdue or expired). */
export const pastDue = (items: ReviewItem[]) => items.filter((item) => item.currency.state === 'overdue' || item.currency.state === 'expired');
/** Items due today or within DUE_SOON_DAYS days. */
export const dueSoon = (items: ReviewItem[]) => items.filter((item) => item.currency.state === 'due-soon');

/** One line per item, for the review command and the build warning. */
export function describeItem(item: ReviewItem): string {
  const { currency } = item;
  const when =
    currency.state === 'expired' ? `ended ${currency.date}` : currency.state === 'overdue' ? `overdue since ${currency.date}` : currency.state === 'due-soon' ? `due ${currency.date}` : 'current';
  return `${item.file} (${item.kind}, ${when}): ${item.label}`;
}
