/**
 * Reading level of a page's body text, using the maintained `text-readability` library (a port
 * of textstat). Follows the rubric's primary mode (quality-rubric.md §1, "--mode=all"): headings,
 * list items and table cells each count as their own sentence, so a heading does not merge with
 * the sentence after it and inflate sentence length.
 */
import readability from 'text-readability';
import { pageFactsOf, type PageFacts } from '../integrations/mdx-page-facts.ts';

/** Reading speed used for "x min read"; 200 words a minute is a common figure for adult readers. */
export const WORDS_PER_MINUTE = 200;
/** The content check fails a page above this grade (the target is 8 or below). */
export const MAX_GRADE = 9;

const BLOCK_END = /<\/(p|li|h[1-6]|td|th|dt|dd|caption|figcaption|summary|blockquote|div|section)>/gi;

/** Plain text from an HTML fragment, one unit (paragraph, heading, item, cell) a sentence. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<sup\b[^>]*class="[^"]*cite[^"]*"[^>]*>[\s\S]*?<\/sup>/gi, '')
    // Page furniture, not body text: "Link to this section" controls and labels repeated for
    // narrow screens (aria-hidden, so screen readers skip them too).
    .replace(/<p\b[^>]*class="section-link"[^>]*>[\s\S]*?<\/p>/gi, '')
    .replace(/<span\b[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/span>/gi, '')
    .replace(/<[^>]*\bpopover\b[^>]*>[\s\S]*?<\/span>/gi, '')
    .replace(BLOCK_END, ' |END| ')
    .replace(/<br\s*\/?>/gi, ' |END| ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;|&rsquo;|&#x27;/g, "'")
    .replace(/&quot;|&ldquo;|&rdquo;/g, '"')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .split('|END|')
    .map((unit) => unit.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((unit) => (/[.?!:]["')\]]*$/.test(unit) ? unit : `${unit}.`))
    .map((unit) => unit.charAt(0).toUpperCase() + unit.slice(1))
    .join('\n');
}

/**
 * Words a reader reads on an article: the body's words as the page-facts plugin counted them
 * from the MDX tree (text, and the text components show from their props), plus text that the
 * layout adds (summary, key points, table cells).
 */
export function countReadingWords(page: PageFacts | string, extras: string[] = []): number {
  const bodyWords = (typeof page === 'string' ? pageFactsOf(page) : page).words;
  const count = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  return bodyWords + extras.reduce((sum, text) => sum + count(text), 0);
}

export interface ReadingMeasure {
  grade: number;
  readingEase: number;
  words: number;
  minutes: number;
}

export function measureText(text: string): ReadingMeasure {
  const words = readability.lexiconCount(text);
  return {
    grade: readability.fleschKincaidGrade(text),
    readingEase: readability.fleschReadingEase(text),
    words,
    minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}
