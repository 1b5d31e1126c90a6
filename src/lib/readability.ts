/**
 * Reading level of a page's body text, using the maintained `text-readability` library (a port
 * of textstat). Follows the rubric's primary mode (quality-rubric.md §1, "--mode=all"): headings,
 * list items and table cells each count as their own sentence, so a heading does not merge with
 * the sentence after it and inflate sentence length.
 */
import readability from 'text-readability';

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
