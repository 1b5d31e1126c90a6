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
};

/** Phrases readers use for an idea no single word carries: "how do I know if…" asks for signs. */
const READER_PHRASES: [RegExp, string][] = [[/\bhow (do|can|would|will) (i|you|we) (know|tell)\b|\bhow to tell\b/, 'signs']];

/** The reader's ideas: each a group of words, any of which counts as a match. */
export function queryGroups(query: string, synonyms: string[][] = []): string[][] {
  let lower = ` ${query.toLowerCase().trim()} `;
  // A name of several words for the site's subject ("special k") is the subject too.
  for (const names of synonyms) {
    if (!names.some((name) => SUBJECT_WORDS.has(name))) continue;
    for (const name of names) if (name.includes(' ')) lower = lower.replaceAll(` ${name} `, ' ketamine ');
  }
  const groups: string[][] = [];
  // Most of a name of several words ("nasal spray" for "esketamine nasal spray") calls up its group.
  const named = synonyms.filter((names) => names.some((name) => {
    const rest = name.split(' ').filter((w) => !names[0].split(' ').includes(w));
    return name.includes(' ') && rest.length > 1 && rest.every((w) => lower.includes(` ${w} `));
  }));
  for (const names of named) if (!names.some((name) => SUBJECT_WORDS.has(name))) groups.push(names);
  for (const word of topicWords(lower)) {
    if (SUBJECT_WORDS.has(word) || synonyms.some((group) => group.includes(word) && group.some((w) => SUBJECT_WORDS.has(w)))) continue;
    const group = new Set([word, ...Object.entries(READER_SYNONYMS).filter(([said]) => sameWord(said, word)).flatMap(([, meant]) => meant)]);
    for (const names of synonyms) if (names.includes(word)) for (const name of names) group.add(name);
    groups.push([...group]);
  }
  for (const [phrase, idea] of READER_PHRASES) if (phrase.test(lower)) groups.push([idea]);
  return groups;
}

/** Which of the groups have a word in `text`. */
function groupsFound(text: string, groups: string[][]): boolean[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  const parts = words.flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
  return groups.map((group) => group.some((g) => parts.some((w) => sameWord(w, g))));
}

/** Weights of where a reader's words are found: the title says most, then one heading, then the summary. */
const WEIGHT = { title: 3, heading: 2, summary: 0.5, pagefind: 2 };

/**
 * Pagefind's candidates (best first) in the order to show them. Each of the reader's ideas counts
 * by how rare it is among the pages' titles, headings and summaries ("depression" is everywhere,
 * "nasal spray" is not). Pagefind's own order still counts (WEIGHT.pagefind spread over the
 * list), so pages equal in title and headings keep it.
 */
export function rankPages<T extends { id: string }>(candidates: T[], profile: SearchProfile | undefined, query: string): T[] {
  const groups = queryGroups(query, profile?.synonyms);
  if (!profile || groups.length === 0) return candidates;
  const pages = Object.values(profile.pages);
  const texts = (page: PageProfile) => [page.title, page.summary, ...page.headings];
  const rarity = groups.map((_, g) => {
    const pagesWith = pages.filter((page) => texts(page).some((text) => groupsFound(text, groups)[g])).length;
    return Math.log(1 + pages.length / (1 + pagesWith));
  });
  const total = rarity.reduce((a, b) => a + b, 0) || 1;
  const weigh = (found: boolean[]) => found.reduce((sum, hit, g) => sum + (hit ? rarity[g] : 0), 0) / total;
  const scored = candidates.map((candidate, index) => {
    const page = profile.pages[candidate.id];
    const fromPagefind = WEIGHT.pagefind * (1 - index / candidates.length);
    if (!page) return { candidate, index, score: fromPagefind };
    const heading = Math.max(0, ...page.headings.filter((h) => !/^key points$/i.test(h)).map((h) => weigh(groupsFound(h, groups))));
    // A title about little else than the reader's words beats a long title that mentions one of them.
    const inTitle = groupsFound(page.title, groups);
    const hits = inTitle.filter(Boolean).length;
    const titleIdeas = queryGroups(page.title, profile.synonyms).length || 1;
    const title = hits ? (weigh(inTitle) + hits / Math.max(hits, titleIdeas)) / 2 : 0;
    const score = WEIGHT.title * title + WEIGHT.heading * heading + WEIGHT.summary * weigh(groupsFound(page.summary, groups)) + fromPagefind;
    return { candidate, index, score };
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map(({ candidate }) => candidate);
}

/**
 * The query from a search page address. With JavaScript the forms use the fragment (#q=...),
 * which the browser never sends to the server; ?q= is what a form sends without JavaScript.
 */
export function queryFromLocation(location: { hash: string; search: string }): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('q');
  return (fromHash ?? new URLSearchParams(location.search).get('q') ?? '').trim();
}

/** The search page address for a query, with the query in the fragment. */
export function searchPageHref(query: string): string {
  return `/search/#${new URLSearchParams({ q: query.trim() })}`;
}

/** sessionStorage key under which a search result hands its words to the page it opens. */
export const HIGHLIGHT_STORAGE_KEY = 'search-highlight';

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
