/**
 * Every Pagefind option, in one place: what the indexer reads (scripts/search-index.ts, run after
 * `astro build`) and what the browser asks for (src/scripts/site-search.ts). Move the indexing
 * into an Astro integration later by importing PAGEFIND_INDEX from here.
 */

/** Options for Pagefind's Node API, createIndex(). */
export const PAGEFIND_INDEX = {
  forceLanguage: 'en',
  // Parts of a page that answer nothing a reader would search for, and only make every result
  // look alike and its index fragment heavy: the reference list (source titles), review dates,
  // the change log, and the glossary definitions repeated inside articles (the glossary page
  // keeps them). Citation marks ([12]) would otherwise sit in every excerpt.
  excludeSelectors: ['.references', '.review-dates', '.review-caution', '.changelog', '.term-definition', '.cite', '.copy-link', 'script', 'noscript'],
};

/** Options the search page passes to pagefind.options(). */
export const PAGEFIND_SEARCH = {
  // Pagefind's web worker stays on, though it is one more file on the first query
  // (pagefind-worker.js, 12 KB gzip): with `noWorker: true` the search runs in the page, and on
  // /search/?q=is+ketamine+legal Lighthouse's phone painted the results about 0.8 s later in
  // every run and scored no better at the median (A/B runs in docs/notes/search-first-query.md).
  // No highlightParam: result links would then carry the searched words to the server.
  excerptLength: 30,
  ranking: {
    // Long articles should not lose to short pages that say a word once; and a word said many
    // times (every page says "ketamine") should count for less.
    pageLength: 0.3,
    termSaturation: 1.2,
  },
};

/** How many results the first search renders (about what fits on two phone screens, and the top 3 the ranking test checks); the rest load on demand. */
export const FIRST_RESULTS = 3;
/** How many more each "Show more results" loads. */
export const MORE_RESULTS = 5;

/** The search profile (page titles, headings, summaries; glossary synonyms), written next to the index. */
export const SEARCH_PROFILE_PATH = 'pagefind/search-profile.json';
