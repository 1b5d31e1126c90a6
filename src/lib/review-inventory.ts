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

/** A file's data, as read from content/ (reviewInventory) or from the build's collections. */
export interface DatedRecord {
  /** Path from the project root, e.g. content/facts/dea-telemedicine-flexibilities.yaml. */
  file: string;
  kind: ReviewItem['kind'];
  data: Record<string, unknown>;
}

/** Every dated item in `records`, with its currency on `today`. */
export function inventoryOf(records: DatedRecord[], today: string): ReviewInventory {
  const items: ReviewItem[] = [];
  const problems: string[] = [];
  const date = (file: string, data: Record<string, unknown>, field: string, optional = false): string | undefined => {
    const value = data[field];
    if (value === undefined && optional) return undefined;
    if (typeof value === 'string' && isRealIsoDate(value)) return value;
    problems.push(`${file} › ${field}: got ${JSON.stringify(value)}, expected a real date in quotes, 'YYYY-MM-DD'`);
    return undefined;
  };
  for (const { file, kind, data } of records) {
    if (kind === 'page') {
      const next = date(file, data, 'nextReview');
      if (next) items.push({ file, kind, label: shorten(String(data.title ?? file)), currency: pageCurrency(next, today) });
    } else if (kind === 'fact') {
      const checkBy = date(file, data, 'checkBy');
      const validUntil = date(file, data, 'validUntil', true);
      if (checkBy) items.push({ file, kind, label: shorten(String(data.text ?? file)), currency: factCurrency({ checkBy, validUntil }, today) });
    } else {
      const checkBy = date(file, data, 'checkBy');
      if (checkBy) items.push({ file, kind, label: shorten(String(data.name ?? file)), currency: factCurrency({ checkBy }, today) });
    }
  }
  return { items, problems };
}

/** Every dated item under `root`/content, with its currency on `today`, read straight from the files. */
export function reviewInventory(root: string, today: string): ReviewInventory {
  const records: DatedRecord[] = [];
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
  for (const [folder, extension, kind] of [['articles', '.mdx', 'page'], ['facts', '.yaml', 'fact'], ['helplines', '.yaml', 'helpline']] as const) {
    for (const file of files(root, folder, extension)) {
      const data = read(file);
      if (data) records.push({ file, kind, data });
    }
  }
  const inventory = inventoryOf(records, today);
  return { items: inventory.items, problems: [...problems, ...inventory.problems] };
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

const SHARED = Symbol.for('ketamine-facts.review-inventory');
/**
 * The build hands the inventory it made from its own collections (src/lib/content.ts) to the
 * review-warning integration through this slot, so the build does not read and parse every file
 * in content/ a second time. Held on globalThis: the two run in different module graphs of one process.
 */
export const sharedInventory = {
  set(inventory: ReviewInventory): void {
    (globalThis as Record<symbol, unknown>)[SHARED] = inventory;
  },
  get(): ReviewInventory | undefined {
    return (globalThis as Record<symbol, unknown>)[SHARED] as ReviewInventory | undefined;
  },
};
