/**
 * Result order for site search. Pagefind ranks by word frequency; a reader who types a page's
 * title expects that page first, so pages whose title holds every searched word come first.
 * Kept apart from the search element so it can be unit tested without a browser.
 */
export function titleMatchesFirst<T extends { meta: { title?: string } }>(results: T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const inTitle = (r: T) => words.length > 0 && words.every((w) => (r.meta.title ?? '').toLowerCase().includes(w));
  return [...results.filter(inTitle), ...results.filter((r) => !inTitle(r))];
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
