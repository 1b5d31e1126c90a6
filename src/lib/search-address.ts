/**
 * The two things every page's scripts need from search, kept apart from the ranking code
 * (search-order.ts) so that importing them does not put the ranking code on every page.
 */

/** The search page's address for a query: the words go after a #, so they never reach the host. */
export function searchPageHref(query: string): string {
  return `/search/#${new URLSearchParams({ q: query.trim() })}`;
}

/** sessionStorage key under which a search result hands its words to the page it opens. */
export const HIGHLIGHT_STORAGE_KEY = 'search-highlight';
