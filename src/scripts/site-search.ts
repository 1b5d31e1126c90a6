/**
 * <site-search>: runs Pagefind on the search page. Nothing loads until a query exists (from the
 * form or ?q=). Results put title matches first, link to sections, carry the searched words so
 * the landing page can highlight them, and the count is announced to screen readers.
 */
interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 20;

/** Title matches first (every query word in the title), otherwise Pagefind's own order. */
export function titleMatchesFirst<T extends { meta: { title?: string } }>(results: T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const inTitle = (r: T) => words.length > 0 && words.every((w) => (r.meta.title ?? '').toLowerCase().includes(w));
  return [...results.filter(inTitle), ...results.filter((r) => !inTitle(r))];
}

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.querySelector('.search-fallback')?.setAttribute('hidden', '');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', input.value.trim());
      history.replaceState(null, '', url);
      void this.run(input.value);
    });
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.run(initial);
    }
  }

  load(): Promise<Pagefind> {
    // The path is built at run time so the bundler leaves Pagefind's own file alone.
    const path = ['', 'pagefind', 'pagefind.js'].join('/');
    this.#pagefind ??= import(/* @vite-ignore */ path).then(async (pagefind: Pagefind) => {
      await pagefind.options({ highlightParam: 'highlight', excerptLength: 24 });
      return pagefind;
    });
    return this.#pagefind;
  }

  async run(raw: string) {
    const query = raw.trim();
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    list.replaceChildren();
    if (!query) {
      status.textContent = 'Type a word or question to search.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await this.load();
      const found = await pagefind.search(query);
      const data = titleMatchesFirst(await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data())), query);
      for (const result of data) list.append(this.renderResult(result));
      status.textContent = data.length === 0
        ? `No results for “${query}”. Try another word, or browse every page A to Z.`
        : `${found.results.length} ${found.results.length === 1 ? 'result' : 'results'} for “${query}”.`;
    } catch {
      status.textContent = 'Search could not load. Browse every page A to Z instead.';
      this.querySelector('.search-fallback')?.removeAttribute('hidden');
    }
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
