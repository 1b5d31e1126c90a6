/**
 * How search matches words, for the excerpts on the results page and the highlights on the page a
 * result opens. One set of rules for both, kept apart from the browser so it can be unit tested:
 *   - whole words only: "k hole" marks "K-hole" and "hole", never the "k" inside "ketamine";
 *   - word forms join by their Porter stem (the `stemmer` package): "addicted" marks "addiction";
 *   - filler words ("is", "how", "my") are never marked, they say nothing about the topic;
 *   - an excerpt is one sentence that contains the reader's words, never a list of names, and the
 *     page summary when no sentence matches.
 */
import { stemmer } from 'stemmer';

/**
 * Words that carry no topic in a reader's question ("is my son using ketamine?"). Pagefind
 * returns only pages containing every word typed, so a natural question often finds nothing
 * until these are set aside.
 */
const FILLER_WORDS = new Set(
  ('a about after am an and any are as at be been but by can could do does did for from get got has have how i if in into is it its ' +
    'me much many my of on or our she he her his should so than that the their them then there they this to too us was we were what when ' +
    'where which while who why will with would you your yours someone somebody anyone dont doesnt didnt cant isnt arent shouldnt wont don doesn didn isn aren shouldn won not').split(' '),
);

/** The words of a query that say what it is about, lowercased, in order, without repeats. */
export function topicWords(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(words.filter((word) => word.length > 1 && !FILLER_WORDS.has(word)))];
}


/** A word as it appears in text: letters and digits, with inner hyphens or apostrophes ("K-hole", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Stems already worked out: an excerpt stems every word of a page, and pages repeat their words. */
const STEMS = new Map<string, string>();

export function stemOf(word: string): string {
  const lower = word.toLowerCase();
  let stem = STEMS.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower.replace(/['’]s$/, ''));
    STEMS.set(lower, stem);
  }
  return stem;
}

/** Two forms of one word: the same stem, or (for long words) the same first six letters ("pregnant", "pregnancy"). */
export function sameWord(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return stemOf(x) === stemOf(y) || (x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6));
}

/** What a query matches: the stems of its topic words, and its words joined as one ("k hole" → "k-hole"). */
export interface QueryTerms {
  stems: Set<string>;
  joined: Set<string>;
}

export function queryTerms(query: string): QueryTerms {
  const words = topicWords(query);
  // Single letters ("k" in "k hole") count only as part of a joined word: alone they would mark every "K".
  const stems = new Set(words.flatMap((word) => word.split('-')).filter((w) => w.length > 1).map(stemOf));
  const all = query.toLowerCase().match(WORD) ?? [];
  const joined = new Set<string>();
  for (let i = 0; i + 1 < all.length; i += 1) joined.add(`${all[i]}-${all[i + 1]}`);
  for (const word of words) if (word.includes('-')) joined.add(word);
  return { stems, joined };
}

/**
 * The query's terms one word of the text matches: a joined term ("K-hole"), the word's stem, or
 * the stems of the parts of a hyphenated word ("ketamine-related" matches "ketamine").
 */
export function termsMatched(word: string, terms: QueryTerms): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (terms.joined.has(lower)) return [lower];
  const stem = stemOf(lower);
  if (terms.stems.has(stem)) return [stem];
  if (!lower.includes('-')) return [];
  return lower.split('-').filter((part) => part.length > 1).map(stemOf).filter((part) => terms.stems.has(part));
}

/** Whether one word of the text matches the query: the whole word, or each part of a hyphenated word. */
export function wordMatches(word: string, terms: QueryTerms): boolean {
  return termsMatched(word, terms).length > 0;
}

/** [start, end) offsets of every whole word in `text` that matches the query. */
export function matchRanges(text: string, terms: QueryTerms): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (wordMatches(match[0], terms)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Text cut into pieces, each marked or not, ready to render with textContent (never innerHTML). */
export type Piece = { text: string; mark: boolean };

export function markPieces(text: string, terms: QueryTerms): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/**
 * A list of names rather than a sentence: "Special K, Kit Kat, Cat Valium, Vitamin K." Four or more
 * comma-separated items that are mostly one or two words long, with no verb-like connecting words.
 */
export function isNameList(sentence: string): boolean {
  const items = sentence.replace(/[.!?]+$/, '').split(/,|;|\s\/\s/).map((item) => item.trim()).filter(Boolean);
  if (items.length < 4) return false;
  const short = items.filter((item) => (item.match(WORD) ?? []).length <= 3).length;
  return short / items.length >= 0.75;
}

/**
 * Pagefind's page text as sentences. Pagefind ends each block (heading, list item, paragraph)
 * with ". ", so sentences and blocks both split here. Citation marks ("[12]") are dropped.
 */
export function sentencesOf(content: string): string[] {
  return content
    .replace(/\s*\[\d+\](?:\s*\[\d+\])*/g, '')
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const MAX_EXCERPT_WORDS = 40;

/**
 * The sentence that best answers the query: the one with most of the query's distinct word stems,
 * then the shorter, then the earlier. Headings (`headings`: the title and section headings, which
 * Pagefind ends with ". " like any block), questions and name lists never count. With no matching
 * sentence, the page summary. Long sentences are cut to about 40 words around the first match.
 */
export function answerExcerpt(content: string, query: string, summary: string, headings: string[] = []): { text: string; fromSummary: boolean } {
  const terms = queryTerms(query);
  const skip = new Set(headings.map((h) => h.trim().replace(/[.!?]*$/, '').toLowerCase()));
  let best: { text: string; hits: number; words: number } | undefined;
  // A cheap first look: a matching word starts with its stem's first letters (or is a joined term),
  // so a sentence holding none of them cannot match and is not split into words.
  const starts = [...[...terms.stems].map((stem) => stem.slice(0, 3)), ...terms.joined];
  // No sentence holds more than every stem and every joined term the page has: once a short enough
  // sentence does, no later one can beat it, so the rest of the page is not read (a phone's main thread).
  const pageText = content.toLowerCase();
  const mostHits = terms.stems.size + [...terms.joined].filter((joined) => pageText.includes(joined)).length;
  for (const sentence of sentencesOf(content)) {
    if (best && best.hits >= mostHits && best.words <= MAX_EXCERPT_WORDS) break;
    const lower = sentence.toLowerCase();
    if (!starts.some((start) => lower.includes(start))) continue;
    if (!/[.!]["”)]?$/.test(sentence) || isNameList(sentence)) continue;
    if (skip.has(sentence.replace(/[.!?]*$/, '').toLowerCase())) continue;
    const words = sentence.match(WORD) ?? [];
    if (words.length < 5) continue;
    // How many of the query's terms the sentence holds (each once).
    const hits = new Set(words.flatMap((w) => termsMatched(w, terms))).size;
    if (hits === 0) continue;
    if (!best || hits > best.hits || (hits === best.hits && words.length < best.words && best.words > MAX_EXCERPT_WORDS)) {
      best = { text: sentence, hits, words: words.length };
    }
  }
  if (!best) return { text: summary, fromSummary: true };
  return { text: trimAround(best.text, terms), fromSummary: false };
}

/** About MAX_EXCERPT_WORDS words of `sentence`, starting a little before its first match. */
function trimAround(sentence: string, terms: QueryTerms): string {
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_EXCERPT_WORDS) return sentence;
  const first = Math.max(0, words.findIndex((w) => (w.match(WORD) ?? []).some((part) => wordMatches(part, terms))));
  const start = Math.max(0, Math.min(first - 8, words.length - MAX_EXCERPT_WORDS));
  const cut = words.slice(start, start + MAX_EXCERPT_WORDS).join(' ');
  return `${start > 0 ? '… ' : ''}${cut}${start + MAX_EXCERPT_WORDS < words.length ? ' …' : ''}`;
}

/** The distinct words of `text` (as written there) that match the query: what to mark on a page. */
export function wordsToMark(text: string, terms: QueryTerms): string[] {
  return [...new Set(matchRanges(text, terms).map(([start, end]) => text.slice(start, end)))];
}
