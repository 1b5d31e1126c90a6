/**
 * <site-search>: runs Pagefind on the search page. Nothing loads until a query exists (typed, or
 * from #q= or ?q=). Results appear as the reader types (debounced) and on Enter. The query is kept
 * after the # so it never reaches the server.
 *
 * Light on a phone: only the first FIRST_RESULTS results load their Pagefind fragment (the page's
 * text, for the excerpt); "Show more results" loads the next ones. Each excerpt is the sentence
 * that best answers the query (src/lib/search-text.ts), never a list of names, and the page
 * summary when no sentence matches. A short answer (content/search-answers/) shows above the
 * results when the query asks something no page answers. The searched words go to the page a
 * reader opens through sessionStorage, for highlighting there. When the words describe an
 * emergency, the 911/988 card shows above everything, at once, before Pagefind loads.
 */
import { isEmergencyQuery } from '../lib/emergency-query.ts';
import { FIRST_RESULTS, MORE_RESULTS, PAGEFIND_SEARCH, SEARCH_PROFILE_PATH } from '../lib/search-index.ts';
import { HIGHLIGHT_STORAGE_KEY, searchPageHref } from '../lib/search-address.ts';
import { correctedWord, matchesAnswer, pagefindQuery, profileWords, queryFromLocation, rankByWordsMatched, rankPages, topicWords, type AnswerPhrase, type SearchProfile } from '../lib/search-order.ts';
import { answerExcerpt, markPieces, queryTerms, wordsToMark } from '../lib/search-text.ts';

interface PagefindAnchor { element: string; id: string; text: string }
interface PagefindSubResult { title: string; url: string }
interface PagefindData { url: string; content: string; meta: { title?: string; summary?: string }; anchors: PagefindAnchor[]; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Wait this long after the last key before searching, so each keystroke does not start a search. */
const TYPING_PAUSE_MS = 250;
/** The shortest start of a word tried when a word finds nothing, perhaps misspelled ("spravto" → "sprav"). */
const SHORTEST_PREFIX = 4;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #profile?: Promise<SearchProfile | undefined>;
  /** Every word the profile knows, for correcting misspellings (built once). */
  #known?: Set<string>;
  /** Counts searches, so a slow earlier search cannot overwrite a later one's results. */
  #latest = 0;
  #typing?: ReturnType<typeof setTimeout>;
  /** Results of the current query not yet shown. */
  #rest: PagefindResult[] = [];
  #query = '';
  /** The indexed text of each page shown, by path: the words to highlight on it are picked here. */
  #pageText = new Map<string, string>();

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.querySelector('.search-fallback')?.setAttribute('hidden', '');
    // The emergency card follows the words in the box as they are typed, with no pause or search.
    input.addEventListener('input', () => this.showEmergencyCard(input.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typing);
      this.search(input.value);
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => this.search(input.value), TYPING_PAUSE_MS);
    });
    this.querySelector('.search-more')!.addEventListener('click', () => void this.showMore());
    window.addEventListener('hashchange', () => this.runFromAddress(input));
    // Remember which words led to the page a reader opens, for highlighting there.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('.search-results a');
      const query = input.value.trim();
      if (!link || !query) return;
      try {
        // The page's own words that match the query (stems and joined words, by search-text.ts),
        // picked here where that code is loaded anyway, so the page opened needs none of it.
        const path = new URL(link.href).pathname;
        const text = this.#pageText.get(path);
        const words = text === undefined ? query.split(/\s+/) : wordsToMark(text, queryTerms(query));
        sessionStorage.setItem(HIGHLIGHT_STORAGE_KEY, JSON.stringify({ path, words }));
      } catch {
        // Storage blocked: the page opens without highlighting.
      }
    });
    this.runFromAddress(input);
  }

  /** Search for what is in the box, keeping the query after the # (replaced, so typing adds no history). */
  search(raw: string) {
    if (raw.trim() === this.#query) return;
    history.replaceState(null, '', raw.trim() ? searchPageHref(raw) : '/search/');
    void this.run(raw);
  }

  runFromAddress(input: HTMLInputElement) {
    const query = queryFromLocation(location);
    if (!query || query === this.#query) return;
    // Arrived with ?q= (an old link, or a form sent without JavaScript): move it after the #
    // so it stays out of the history and of any address the reader copies.
    if (location.search) history.replaceState(null, '', searchPageHref(query));
    input.value = query;
    void this.run(query);
  }

  load(): Promise<Pagefind> {
    // The path is built at run time so the bundler leaves Pagefind's own file alone.
    const path = ['', 'pagefind', 'pagefind.js'].join('/');
    this.#pagefind ??= import(/* @vite-ignore */ path).then(async (pagefind: Pagefind) => {
      await pagefind.options(PAGEFIND_SEARCH);
      return pagefind;
    });
    return this.#pagefind;
  }

  /** The search profile (page titles and headings) for ranking; search still works without it. */
  loadProfile(): Promise<SearchProfile | undefined> {
    this.#profile ??= fetch(`/${SEARCH_PROFILE_PATH}`).then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined);
    return this.#profile;
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
    this.#query = query;
    const run = ++this.#latest;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    const more = this.querySelector<HTMLButtonElement>('.search-more')!;
    this.showAnswer(query);
    if (!query) {
      this.querySelector<HTMLElement>('.search-none')!.hidden = true;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a word or question to search.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await this.load();
      const results = await this.find(pagefind, query);
      const first = await Promise.all(results.slice(0, FIRST_RESULTS).map((r) => r.data()));
      if (run !== this.#latest) return;
      this.#rest = results.slice(FIRST_RESULTS);
      const items: HTMLLIElement[] = [];
      for (const result of first) {
        this.rememberText(result);
        items.push(this.renderResult(result, query));
        // Each excerpt (a pass over a whole page's text) in its own task, so a slow phone stays responsive.
        await new Promise((resolve) => setTimeout(resolve));
        if (run !== this.#latest) return;
      }
      list.replaceChildren(...items);
      more.hidden = this.#rest.length === 0;
      const answered = this.querySelector('.search-answer:not([hidden])');
      this.querySelector<HTMLElement>('.search-none')!.hidden = results.length > 0 || answered !== null;
      status.textContent = results.length === 0
        ? `No results for “${query}”.${answered ? ' See the answer below.' : ''}`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”.`;
    } catch {
      if (run !== this.#latest) return;
      status.textContent = 'Search could not load.';
      this.querySelector('.search-unavailable')?.removeAttribute('hidden');
    }
  }

  async showMore() {
    const run = this.#latest;
    const next = this.#rest.splice(0, MORE_RESULTS);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#latest) return;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    for (const result of data) this.rememberText(result);
    const items = data.map((result) => this.renderResult(result, this.#query));
    list.append(...items);
    this.querySelector<HTMLButtonElement>('.search-more')!.hidden = this.#rest.length === 0;
    // Keyboard and screen reader users continue from the first new result.
    items[0]?.querySelector('a')?.focus();
  }

  rememberText(result: PagefindData) {
    this.#pageText.set(new URL(result.url, location.href).pathname, result.content);
  }

  /** Show the short answer whose phrases the query contains, if any (the first one only). */
  showAnswer(query: string) {
    let shown = false;
    for (const answer of this.querySelectorAll<HTMLElement>('.search-answer')) {
      const phrases = JSON.parse(answer.dataset.match ?? '[]') as AnswerPhrase[];
      const match: boolean = !shown && query !== '' && matchesAnswer(query, phrases);
      answer.hidden = !match;
      shown ||= match;
    }
  }

  /**
   * Pages with every topic word first (Pagefind's exact search, asked without the filler words:
   * see pagefindQuery), then pages with some of them: a question such as "is my son using
   * ketamine" rarely has every word on one page. A word that finds nothing is tried again by its
   * start, in case it is misspelled. Then all of them are ranked by where the words are
   * (rankPages: title, headings, summary).
   */
  async find(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
    const [exact, profile] = await Promise.all([pagefind.search(pagefindQuery(query)).then((r) => r.results), this.loadProfile()]);
    const known = profile ? (this.#known ??= profileWords(profile)) : new Set<string>();
    const words = topicWords(query);
    let found = [exact];
    let ranked = query;
    const pagesWithWord = new Map<string, number>();
    if (words.length > 1 || exact.length < 2) {
      const perWord = await Promise.all(words.map((word) => this.searchWord(pagefind, word, known)));
      found = [exact, ...perWord.map((w) => w.results)];
      for (const [i, { results }] of perWord.entries()) pagesWithWord.set(words[i], new Set(results.map((r) => r.id)).size);
      // Rank by the corrected words ("spravto" is ranked as "spravato").
      for (const [i, { corrected }] of perWord.entries()) if (corrected) ranked = ranked.replace(new RegExp(`\\b${words[i]}\\b`, 'i'), corrected);
    }
    const byId = new Map(found.flat().map((result) => [result.id, result]));
    // Pages with every word (the exact hits) count once more, so they stay ahead.
    const candidates = rankByWordsMatched(found).map((id) => byId.get(id)!);
    return rankPages(candidates, profile, ranked, pagesWithWord);
  }

  /**
   * One word's pages. A word that finds almost nothing may be misspelled: try the nearest word the
   * site uses (correctedWord), then shorter starts of the word ("addicton" → "addict").
   */
  async searchWord(pagefind: Pagefind, word: string, known: Set<string>): Promise<{ results: PagefindResult[]; corrected?: string }> {
    let results = (await pagefind.search(word)).results;
    let corrected: string | undefined;
    if (results.length < 2) {
      corrected = correctedWord(word, known);
      if (corrected) results = [...(await pagefind.search(corrected)).results, ...results];
    }
    for (let length = word.length - 1; results.length < 2 && length >= SHORTEST_PREFIX; length -= 1) {
      results = [...results, ...(await pagefind.search(word.slice(0, length))).results];
    }
    return { results, corrected };
  }

  renderResult(result: PagefindData, query: string): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const headings = [result.meta.title ?? '', ...result.anchors.map((a) => a.text)];
    const { text } = answerExcerpt(result.content, query, result.meta.summary ?? '', headings);
    const excerpt = document.createElement('p');
    for (const piece of markPieces(text, queryTerms(query))) {
      if (!piece.mark) excerpt.append(piece.text);
      else {
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        excerpt.append(mark);
      }
    }
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
