/**
 * Result order for site search. Pagefind ranks by word frequency; a reader who types a page's
 * title expects that page first. So, keeping Pagefind's order among equals:
 *   1. titles that contain every topic word of the query, as typed;
 *   2. titles sharing more of the query's word stems ("addicted" finds "addictive"), leaving out
 *      the site's own subject words (SUBJECT_WORDS), which are in most titles and tell nothing;
 *   3. the rest.
 * Kept apart from the search element so it can be unit tested without a browser.
 */
export function titleMatchesFirst<T extends { meta: { title?: string } }>(results: T[], query: string): T[] {
  const words = topicWords(query);
  if (words.length === 0) return results;
  const titles = results.map((r) => (r.meta.title ?? '').toLowerCase());
  const titleStems = titles.map((title) => new Set(topicWords(title).map(stem)));
  const stems = [...new Set(words.filter((word) => !SUBJECT_WORDS.has(word)).map(stem))];
  return results
    .map((result, index) => ({
      result,
      index,
      literal: words.every((word) => titles[index].includes(word)) ? 1 : 0,
      hits: stems.filter((s) => titleStems[index].has(s)).length,
    }))
    .sort((a, b) => b.literal - a.literal || b.hits - a.hits || a.index - b.index)
    .map(({ result }) => result);
}

/** Words every page here is about: they cannot say which page a reader wants. */
const SUBJECT_WORDS = new Set(['ketamine']);

/** A crude stem: the first six letters, enough to join "addict", "addicted", "addictive", "addiction". */
function stem(word: string): string {
  return word.slice(0, 6);
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

/**
 * Words that carry no topic in a reader's question ("is my son using ketamine?"). Pagefind
 * returns only pages containing every word typed, so a natural question often finds nothing
 * until these are set aside.
 */
const FILLER_WORDS = new Set(
  ('a about after am an and any are as at be been but by can could do does did for from get got has have how i if in into is it its ' +
    'me my of on or our she he her his should so than that the their them then there they this to too us was we were what when ' +
    'where which who why will with would you your yours').split(' '),
);

/** The words of a query that say what it is about, lowercased, in order, without repeats. */
export function topicWords(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(words.filter((word) => word.length > 1 && !FILLER_WORDS.has(word)))];
}

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
