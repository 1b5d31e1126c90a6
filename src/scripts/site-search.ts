/**
 * <site-search>: runs Pagefind on the search page. Nothing loads until a query exists (from the
 * form, #q= or ?q=). The query is kept after the # so it never reaches the server. Results put
 * title matches first, link to sections, hand the searched words to the page a reader opens
 * (through sessionStorage, not the address) so it can highlight them, and the count is
 * announced to screen readers.
 */
import { isEmergencyQuery } from '../lib/emergency-query.ts';
import { HIGHLIGHT_STORAGE_KEY, queryFromLocation, rankByWordsMatched, searchPageHref, titleMatchesFirst, topicWords } from '../lib/search-order.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
/** Below this many exact results, also search word by word (see topicWords). */
const ENOUGH_RESULTS = 3;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  /** Counts searches, so a slow earlier search cannot overwrite a later one's results. */
  #latest = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.querySelector('.search-fallback')?.setAttribute('hidden', '');
    // The emergency card follows the words in the box as they are typed, with no search needed.
    input.addEventListener('input', () => this.showEmergencyCard(input.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.replaceState(null, '', searchPageHref(input.value));
      void this.run(input.value);
    });
    // A search from the header form while on this page changes only the fragment.
    window.addEventListener('hashchange', () => this.runFromAddress(input));
    // Remember which words led to the page a reader opens, for highlighting there.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('.search-results a');
      const query = input.value.trim();
      if (!link || !query) return;
      try {
        sessionStorage.setItem(HIGHLIGHT_STORAGE_KEY, JSON.stringify({ path: new URL(link.href).pathname, terms: query.split(/\s+/) }));
      } catch {
        // Storage blocked: the page opens without highlighting.
      }
    });
    this.runFromAddress(input);
  }

  runFromAddress(input: HTMLInputElement) {
    const query = queryFromLocation(location);
    if (!query) return;
    // Arrived with ?q= (a form sent without JavaScript, or an old link): move it after the #
    // so it stays out of the history and of any address the reader copies.
    if (location.search) history.replaceState(null, '', searchPageHref(query));
    input.value = query;
    void this.run(query);
  }

  load(): Promise<Pagefind> {
    // The path is built at run time so the bundler leaves Pagefind's own file alone.
    const path = ['', 'pagefind', 'pagefind.js'].join('/');
    this.#pagefind ??= import(/* @vite-ignore */ path).then(async (pagefind: Pagefind) => {
      // No highlightParam: result links would then carry the searched words to the server.
      // pageLength 0.6 (Pagefind's default is 0.75): our articles are long by design, and the
      // thorough page on a subject should not lose to a shorter page that only mentions the words
      // in passing ("who should not take ketamine" put /who-is-at-higher-risk/ fourth at 0.75).
      await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.6 } });
      return pagefind;
    });
    return this.#pagefind;
  }

  /** Show the 911/988 card above the results when the query describes an emergency. */
  showEmergencyCard(query: string) {
    const card = this.querySelector<HTMLElement>('[data-emergency-card]');
    if (card) card.hidden = !isEmergencyQuery(query);
  }

  async run(raw: string) {
    const query = raw.trim();
    // Before anything loads: a reader in an emergency must not wait for the search index.
    this.showEmergencyCard(query);
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    list.replaceChildren();
    if (!query) {
      status.textContent = 'Type a word or question to search.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const run = ++this.#latest;
      const pagefind = await this.load();
      const results = await this.find(pagefind, query);
      const data = titleMatchesFirst(await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data())), query);
      if (run !== this.#latest) return;
      for (const result of data) list.append(this.renderResult(result));
      status.textContent = data.length === 0
        ? `No results for “${query}”. Try another word, or browse every page A to Z.`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”.`;
    } catch {
      status.textContent = 'Search could not load.';
      this.querySelector('.search-unavailable')?.removeAttribute('hidden');
    }
  }

  /**
   * The exact query first. A question such as "is my son using ketamine" rarely has every word on
   * one page, so when that finds little, search each topic word and rank pages by how many of the
   * reader's words they contain.
   */
  async find(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
    const exact = (await pagefind.search(query)).results;
    const words = topicWords(query);
    if (exact.length >= ENOUGH_RESULTS || words.length === 0) return exact;
    const perWord = await Promise.all(words.map(async (word) => (await pagefind.search(word)).results));
    const byId = new Map([...exact, ...perWord.flat()].map((result) => [result.id, result]));
    // Pages with every word (the exact hits) count once more, so they stay ahead.
    const ranked = rankByWordsMatched([exact, ...perWord]);
    return ranked.map((id) => byId.get(id)!);
  }

  renderResult(result: PagefindData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: our own indexed text with <mark> around matches.
    item.append(heading, excerpt);
    const sections = result.sub_results.filter((s) => s.url.includes('#') && !s.url.endsWith('#top')).slice(0, 3);
    if (sections.length) {
      const sub = document.createElement('ul');
      for (const section of sections) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = section.url;
        a.textContent = section.title;
        li.append(a);
        sub.append(li);
      }
      item.append(sub);
    }
    return item;
  }
}

customElements.define('site-search', SiteSearch);
