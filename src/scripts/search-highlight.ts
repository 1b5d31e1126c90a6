/**
 * Highlights the searched words on the page a search result leads to: whole words only, with
 * their other forms ("addicted" also marks "addiction"), never filler words, by the rules in
 * src/lib/search-text.ts. Those rules pick the page's own words to mark; Pagefind's highlighter
 * then marks exactly those words. Our search results pass
 * the words through sessionStorage (this tab only, read once), not the address, so they never
 * reach the server; a link that carries ?highlight=... (Pagefind's own convention) works too.
 * Pagefind's highlighter is only downloaded when there is something to highlight.
 */
import { HIGHLIGHT_STORAGE_KEY } from '../lib/search-order.ts';

function wordsToHighlight(): string[] {
  const words = new URLSearchParams(location.search).getAll('highlight');
  try {
    const saved = sessionStorage.getItem(HIGHLIGHT_STORAGE_KEY);
    if (saved) {
      sessionStorage.removeItem(HIGHLIGHT_STORAGE_KEY);
      const { path, terms } = JSON.parse(saved) as { path: string; terms: string[] };
      if (path === location.pathname) words.push(...terms);
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

async function highlight(query: string[]): Promise<void> {
  const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (!body) return;
  // Loaded only here, so pages opened without search words carry none of this code.
  const { queryTerms, wordsToMark } = await import('../lib/search-text.ts');
  const words = wordsToMark(body.innerText, queryTerms(query.join(' ')));
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
