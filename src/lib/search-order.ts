import { distance as levenshtein } from 'fastest-levenshtein';
import { sameWord, topicWords } from './search-text.ts';

export { topicWords };

/**
 * Result order for site search. Pagefind finds the pages and ranks them by how often the words
 * occur; but a reader asking "is ketamine legal" wants the page with a section "Why is ketamine a
 * controlled drug?", not the one that says "legal" most. So every page Pagefind finds is scored
 * again against its title, section headings and summary (the search profile, built with the index
 * by scripts/search-index.ts), with the reader's words widened by synonyms:
 *   - READER_SYNONYMS: how readers say it against how the pages say it ("legal" / "controlled");
 *   - the glossary's names ("Spravato" / "esketamine"), from the profile.
 * The site's subject word ("ketamine") is on every page and counts for nothing.
 * Kept apart from the search element so it can be unit tested without a browser.
 */

/** What the search page knows about one indexed page, without downloading its text. */
export interface PageProfile {
  url: string;
  title: string;
  summary: string;
  headings: string[];
}

export interface SearchProfile {
  /** By Pagefind result id. */
  pages: Record<string, PageProfile>;
  /** Groups of names for one thing, from the glossary: ["esketamine", "spravato", "s-ketamine"]. */
  synonyms: string[][];
  /** Glossary terms and the pages where each matters most (the entry's `articles`), by address. */
  terms: { names: string[]; pages: string[] }[];
  /** Street names from the glossary (its `street` lists): a query with one is about street use. */
  streetNames?: string[];
}

/** Words every page here is about: they cannot say which page a reader wants. */
const SUBJECT_WORDS = new Set(['ketamine', 'ketamin', 'ket']);

/**
 * Readers' words (left) and the words the pages use for the same idea. Keep these general, true
 * for any page: never a word picked to push one page up for one query.
 */
export const READER_SYNONYMS: Record<string, string[]> = {
  legal: ['controlled', 'law', 'schedule', 'prescription'],
  illegal: ['controlled', 'law', 'street'],
  law: ['controlled', 'legal', 'schedule'],
  vs: ['different', 'compare'],
  versus: ['different', 'compare'],
  difference: ['different', 'compare'],
  compare: ['different', 'versus'],
  hooked: ['addiction', 'addictive'],
  addicted: ['addiction', 'addictive'],
  quickly: ['fast', 'quick'],
  quick: ['fast'],
  soon: ['fast'],
  drip: ['infusion', 'iv'],
  infusion: ['iv', 'drip'],
  pregnant: ['pregnancy'],
  overdose: ['emergency', '911'],
  od: ['overdose', 'emergency', '911'],
  else: ['other', 'options'],
  alternative: ['other', 'options'],
  alternatives: ['other', 'options'],
  handout: ['print', 'handouts'],
  printable: ['print', 'handout'],
  buy: ['street', 'illegal'],
  price: ['cost', 'insurance'],
  help: ['treat', 'treats', 'work'],
  afford: ['cost', 'insurance'],
  talk: ['conversation', 'say'],
  pee: ['urine', 'urinate', 'bladder'],
  peeing: ['urine', 'urinate', 'bladder'],
  session: ['visit', 'often'],
  sessions: ['visit', 'often'],
  // Someone close: the reader is family, or a friend.
  son: ['family', 'families'],
  daughter: ['family', 'families'],
  child: ['family', 'families'],
  kid: ['family', 'families'],
  partner: ['family', 'families'],
  husband: ['family', 'families'],
  wife: ['family', 'families'],
  friend: ['family', 'families'],
  tell: ['say', 'conversation'],
  problems: ['risks', 'harms', 'damage'],
  problem: ['risk', 'harm', 'damage'],
};

/** Phrases readers use for an idea no single word carries: "how do I know if…" asks for signs. */
const READER_PHRASES: [RegExp, string][] = [[/\bhow (do|can|would|will) (i|you|we) (know|tell)\b|\bhow to tell\b/, 'signs']];

/** Lowercase words of `text` joined by single spaces, padded with a space each side, for phrase tests. */
function spaced(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).join(' ')} `;
}

/** One of the reader's ideas: words any of which counts as a match, and the reader's words it came from. */
interface Idea {
  names: string[];
  from: string[];
}

/** The reader's ideas: each a group of words, any of which counts as a match. */
export function queryGroups(query: string, synonyms: string[][] = [], streetNames: string[] = []): string[][] {
  return queryIdeas(query, synonyms, streetNames).map((idea) => idea.names);
}

function queryIdeas(query: string, synonyms: string[][] = [], streetNames: string[] = []): Idea[] {
  let lower = spaced(query);
  // A street name ("special k", "ket"; not a lone letter) means the reader asks about street use.
  const street = streetNames.some((name) => name.length > 1 && lower.includes(` ${name} `));
  // A name of several words for the site's subject ("special k") is the subject too.
  for (const names of synonyms) {
    if (!names.some((name) => SUBJECT_WORDS.has(name))) continue;
    for (const name of names) if (name.includes(' ')) lower = lower.replaceAll(` ${name} `, ' ketamine ');
  }
  const ideas: Idea[] = [];
  // A name of several words calls up its group when the query has all of it ("talk therapy"), or all
  // of it but the words of the entry's own name ("nasal spray" of "esketamine nasal spray"). Its
  // words then belong to that idea and do not count again one by one.
  for (const names of synonyms) {
    if (names.some((name) => SUBJECT_WORDS.has(name))) continue;
    const own = new Set(names[0].split(' '));
    const used = names
      .filter((name) => name.includes(' '))
      .flatMap((name) => {
        const words = name.split(' ');
        if (lower.includes(` ${name} `)) return [words];
        // A long name said without its first word ("high blood pressure" of "very high blood pressure").
        const shorter = words.length > 2 && lower.includes(` ${words.slice(1).join(' ')} `) ? [words.slice(1)] : [];
        return [...shorter, words.filter((w) => !own.has(w))];
      })
      .find((words) => words.length > 1 && words.every((w) => lower.includes(` ${w} `)));
    if (!used) continue;
    ideas.push({ names: [...names], from: used });
    for (const w of used) lower = lower.replaceAll(` ${w} `, ' ');
  }
  for (const word of topicWords(lower)) {
    if (SUBJECT_WORDS.has(word) || synonyms.some((group) => group.includes(word) && group.some((w) => SUBJECT_WORDS.has(w)))) continue;
    const group = new Set([word, ...Object.entries(READER_SYNONYMS).filter(([said]) => sameWord(said, word)).flatMap(([, meant]) => meant)]);
    for (const names of synonyms) if (names.includes(word)) for (const name of names) group.add(name);
    // Two words for one thing ("spravato esketamine") are one idea.
    const same = ideas.find((idea) => idea.names.includes(word));
    if (same) {
      for (const w of group) if (!same.names.includes(w)) same.names.push(w);
      same.from.push(word);
    } else ideas.push({ names: [...group], from: [word] });
  }
  for (const [phrase, idea] of READER_PHRASES) if (phrase.test(lower)) ideas.push({ names: [idea], from: [] });
  if (street) ideas.push({ names: ['recreational', 'street'], from: [] });
  return ideas;
}

/** Which of the groups have a word (or, for names of several words, the phrase) in `text`. */
function groupsFound(text: string, groups: string[][]): boolean[] {
  const line = spaced(text);
  const words = line.trim().split(' ');
  const parts = words.flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
  return groups.map((group) => group.some((g) => (g.includes(' ') ? line.includes(` ${g} `) : parts.some((w) => sameWord(w, g)))));
}

/** The words of a title, lowercased, as written. */
function titleWords(title: string): Set<string> {
  return new Set(spaced(title).trim().split(' '));
}

/** Every word the search profile knows (titles, headings, summaries, glossary names): what a misspelling is corrected to. */
export function profileWords(profile: SearchProfile): Set<string> {
  const texts = Object.values(profile.pages).flatMap((page) => [page.title, page.summary, ...page.headings]);
  return new Set([...texts, ...profile.synonyms.flat()].flatMap((text) => spaced(text).trim().split(' ')).filter((w) => w.length >= 4 && !/\d/.test(w)));
}

/**
 * The nearest known word to a word no page has, perhaps misspelled ("spravto" → "spravato",
 * "withdrawl" → "withdrawal"): at most one edit for words up to 7 letters, two for longer ones,
 * and the same first letter (readers rarely get that wrong). Undefined when none is that close.
 */
export function correctedWord(word: string, known: Set<string>): string | undefined {
  if (word.length < 4 || known.has(word)) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = levenshtein(word, candidate);
    if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** How many ideas a page title holds, worked out once per title (titles do not change while the page runs). */
const TITLE_IDEAS = new Map<string, number>();
function ideasInTitle(title: string, synonyms: string[][]): number {
  let count = TITLE_IDEAS.get(title);
  if (count === undefined) {
    count = queryIdeas(title, synonyms).length || 1;
    TITLE_IDEAS.set(title, count);
  }
  return count;
}

/** Weights of where a reader's words are found: the title says most, then one heading, then the summary. */
export const WEIGHT = { coverage: 1, literal: 1, title: 4, heading: 2, summary: 0.5, term: 1.5, pagefind: 1 };

/**
 * Pagefind's candidates (best first) in the order to show them. Each of the reader's ideas counts
 * by how rare it is among the pages' titles, headings and summaries ("depression" is everywhere,
 * "nasal spray" is not). Pagefind's own order still counts (WEIGHT.pagefind spread over the
 * list), so pages equal in title and headings keep it.
 */
export function rankPages<T extends { id: string }>(candidates: T[], profile: SearchProfile | undefined, query: string, pagesWithWord?: Map<string, number>): T[] {
  return scorePages(candidates, profile, query, pagesWithWord).map(({ candidate }) => candidate);
}

/**
 * rankPages with each candidate's score, best first (kept apart so tests and tuning can see why).
 * `pagesWithWord`: how many pages Pagefind found for each of the reader's words, over the pages'
 * whole text; the best measure of how rare a word is. Without it, rarity is counted over the
 * profile (titles, headings, summaries).
 */
export function scorePages<T extends { id: string }>(candidates: T[], profile: SearchProfile | undefined, query: string, pagesWithWord?: Map<string, number>): { candidate: T; score: number }[] {
  const ideas = queryIdeas(query, profile?.synonyms, profile?.streetNames);
  const groups = ideas.map((idea) => idea.names);
  if (!profile || groups.length === 0) return candidates.map((candidate) => ({ candidate, score: 0 }));
  const pages = Object.values(profile.pages);
  const texts = (page: PageProfile) => [page.title, page.summary, ...page.headings];
  const rarity = ideas.map((idea, g) => {
    const counts = idea.from.map((word) => pagesWithWord?.get(word)).filter((n): n is number => n !== undefined);
    // A word on nearly every page says little; one on a few pages says much.
    if (counts.length) return Math.max(0.05, Math.log((pages.length + 1) / (Math.min(...counts) + 0.5)));
    const pagesWith = pages.filter((page) => texts(page).some((text) => groupsFound(text, groups)[g])).length;
    return Math.log(1 + pages.length / (1 + pagesWith));
  });
  // An idea no title, heading or summary holds ("near" of "clinic near me") cannot tell these pages
  // apart, so it does not dilute the ideas that can.
  const seen = groups.map((_, g) => pages.some((page) => texts(page).some((text) => groupsFound(text, groups)[g])));
  const total = rarity.reduce((a, b, g) => a + (seen[g] ? b : 0), 0) || 1;
  const typed = topicWords(query).filter((word) => !SUBJECT_WORDS.has(word));
  const weigh = (found: boolean[]) => found.reduce((sum, hit, g) => sum + (hit ? rarity[g] : 0), 0) / total;
  const scored = candidates.map((candidate, index) => {
    const page = profile.pages[candidate.id];
    const fromPagefind = WEIGHT.pagefind * (1 - index / candidates.length);
    if (!page) return { candidate, index, score: fromPagefind };
    const heading = Math.max(0, ...page.headings.filter((h) => !/^key points$/i.test(h)).map((h) => weigh(groupsFound(h, groups))));
    // A title about little else than the reader's words beats a long title that mentions one of them.
    const inTitle = groupsFound(page.title, groups);
    const hits = inTitle.filter(Boolean).length;
    const titleIdeas = ideasInTitle(page.title, profile.synonyms);
    const title = weigh(inTitle) * (0.5 + (0.5 * hits) / Math.max(hits, titleIdeas));
    // The glossary says where a term matters most: a page it names for one of the reader's ideas
    // counts, less so when the term names many pages.
    const term = groups.reduce((sum, group, g) => {
      const named = (profile.terms ?? []).filter((t) => t.pages.includes(page.url) && t.names.some((name) => group.includes(name)));
      return sum + (named.length ? (rarity[g] / total) * Math.max(...named.map((t) => 1 / Math.sqrt(t.pages.length))) : 0);
    }, 0);
    // A reader who types a page's title, or the words of it as written ("clinics"), expects that page.
    const literal = typed.length > 0 && typed.every((word) => titleWords(page.title).has(word)) ? 1 : 0;
    // A page whose title and headings between them hold all the reader's ideas beats one that holds
    // only some, even when a single heading of the other holds more.
    const covered = groups.map((_, g) => [page.title, ...page.headings].some((text) => groupsFound(text, groups)[g]));
    const coverage = weigh(covered);
    const score = WEIGHT.coverage * coverage + WEIGHT.literal * literal + WEIGHT.title * title + WEIGHT.heading * heading + WEIGHT.summary * weigh(groupsFound(page.summary, groups)) + WEIGHT.term * term + fromPagefind;
    return { candidate, index, score };
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map(({ candidate, score }) => ({ candidate, score }));
}

/**
 * The query from a search page address. With JavaScript the forms use the fragment (#q=...),
 * which the browser never sends to the server; ?q= is what a form sends without JavaScript.
 */
export function queryFromLocation(location: { hash: string; search: string }): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('q');
  return (fromHash ?? new URLSearchParams(location.search).get('q') ?? '').trim();
}

/**
 * What the search page asks Pagefind for: the query's topic words (topicWords). Pagefind downloads
 * the index chunk (about 30 KB gzip) holding each word it is asked for, and a filler word ("is",
 * "how") or a lone letter (the "k" of "k hole", which Pagefind takes as the start of every word in
 * k, "ketamine" included) is on nearly every page: it can add a chunk to the download but cannot
 * narrow the results. A phrase in quotes goes as typed, and so does a query of filler words only.
 */
export function pagefindQuery(query: string): string {
  if (query.includes('"')) return query.trim();
  const words = topicWords(query);
  return words.length ? words.join(' ') : query.trim();
}

/** The search page address for a query, with the query in the fragment. */
export interface ScoredHit {
  id: string;
  score: number;
}

/**
 * Combine one search per topic word: pages matching more of the reader's words first, then by
 * Pagefind's summed score. Used when the exact query finds too little.
 */
export function rankByWordsMatched(perWord: ScoredHit[][]): string[] {
  const totals = new Map<string, { matched: number; score: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const total = totals.get(hit.id) ?? { matched: 0, score: 0 };
      total.matched += 1;
      total.score += hit.score;
      totals.set(hit.id, total);
    }
  }
  return [...totals.entries()].sort(([, a], [, b]) => b.matched - a.matched || b.score - a.score).map(([id]) => id);
}

/** A phrase of a search answer (content/search-answers/): one phrase, or several that must all appear. */
export type AnswerPhrase = string | { all: string[] };

/** Whether a query calls up a search answer: one of its phrases appears in the query as whole words. */
export function matchesAnswer(query: string, phrases: AnswerPhrase[]): boolean {
  const words = ` ${(query.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(' ')} `;
  const has = (phrase: string) => words.includes(` ${phrase.toLowerCase().trim()} `);
  return phrases.some((phrase) => (typeof phrase === 'string' ? has(phrase) : phrase.all.every(has)));
}
