/**
 * Highlights the searched words on the page a search result leads to: whole words only, with
 * their other forms ("addicted" also marks "addiction"), never filler words. The search page
 * picks this page's own words that match (src/lib/search-text.ts, already loaded there) and
 * passes them through sessionStorage (this tab only, read once), not the address, so they never
 * reach the server; Pagefind's highlighter then marks exactly those words. A link that carries
 * ?highlight=... (Pagefind's own convention) marks the words it gives.
 * Nothing is downloaded unless there is something to highlight, and every page carries only
 * these few lines: no bundled dynamic import, so no module-preload helper either.
 */
import { HIGHLIGHT_STORAGE_KEY } from '../lib/search-address.ts';

function wordsToHighlight(): string[] {
  const words = new URLSearchParams(location.search).getAll('highlight');
  try {
    const saved = sessionStorage.getItem(HIGHLIGHT_STORAGE_KEY);
    if (saved) {
      sessionStorage.removeItem(HIGHLIGHT_STORAGE_KEY);
      const { path, words: picked } = JSON.parse(saved) as { path: string; words: string[] };
      if (path === location.pathname && Array.isArray(picked)) words.push(...picked);
    }
  } catch {
    // Storage blocked or the entry is unreadable: there is simply nothing to highlight.
  }
  return words.filter((word) => word.trim());
}

/** The part of Pagefind's highlighter (pagefind-highlight.js) used here. */
type PagefindHighlighter = new (options: Record<string, unknown>) => { getHighlightParams(param: string): string[] };

/** Punctuation that may touch a word and still leave it whole ("ketamine," "(K-hole)"). */
const WORD_EDGES = [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '[', ']', '“', '”', '‘', '’', '-', '–', '—', '/'];

async function highlight(picked: string[]): Promise<void> {
  const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (!body) return;
  // The search page picked them from the indexed text, which also holds text a reader cannot see
  // here (a closed glossary pop-over): mark only words the page shows.
  const shown = body.innerText;
  const words = picked.filter((word) => shown.includes(word));
  if (words.length === 0) return;
  // Built at run time so the bundler leaves Pagefind's own file alone.
  const path = ['', 'pagefind', 'pagefind-highlight.js'].join('/');
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ path)) as { default: PagefindHighlighter };
  // Pagefind reads the words from the address; hand it ours instead.
  class HighlightWords extends PagefindHighlight {
    getHighlightParams() {
      return words;
    }
  }
  new HighlightWords({
    highlightParam: 'highlight',
    // Its default adds a <style> element, which the content security policy blocks; <mark> is styled in global.css.
    addStyles: false,
    markContext: null,
    // "exactly": whole words only (Pagefind's default marks parts of words: the "k" of "ketamine").
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      accuracy: { value: 'exactly', limiters: WORD_EDGES },
      separateWordSearch: false,
    },
  });
}

const words = wordsToHighlight();
if (words.length) void highlight(words);
