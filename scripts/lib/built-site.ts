/**
 * Reading the built site (dist/) for checks and reports: which pages exist, and the readable
 * body text of each article (the answer-first summary, key points and the article text, without
 * references, dates, citation markers or page furniture, per quality-rubric.md §0.2).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtHtmlFiles, urlPathOfFile } from '../../src/lib/built-pages.ts';
import { htmlToText } from '../../src/lib/readability.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function htmlPages(dir = DIST): string[] {
  if (!existsSync(dir)) throw new Error(`No built site at ${dir}: run \`npm run build\` first.`);
  return builtHtmlFiles(dir);
}

/** URL path of a built file: dist/foo/index.html -> /foo/. */
export function urlPathOf(file: string, dir = DIST): string {
  return urlPathOfFile(file, dir);
}

export interface ArticleText {
  path: string;
  title: string;
  text: string;
}

/** Built articles with their readable text. */
export function articleTexts(dir = DIST): ArticleText[] {
  return htmlPages(dir).flatMap((file) => {
    const root = parse(readFileSync(file, 'utf8'));
    const article = root.querySelector('article.article');
    if (!article) return [];
    // A comparison table's phone copy (one <details> per row) repeats the table's words.
    for (const copy of article.querySelectorAll('.row-cards')) copy.remove();
    const parts = [article.querySelector('h1'), article.querySelector('.summary'), article.querySelector('.key-points'), article.querySelector('.prose')];
    const html = parts.map((part) => part?.outerHTML ?? '').join('\n');
    return [{ path: urlPathOf(file, dir), title: article.querySelector('h1')?.text.trim() ?? '', text: htmlToText(html) }];
  });
}

export interface BuiltPage {
  /** URL path, e.g. /is-ketamine-addictive/. */
  path: string;
  /** The parsed HTML (node-html-parser). */
  root: HTMLElement;
}

/** Every built page, parsed once per test file. */
export function builtPages(dir = DIST): BuiltPage[] {
  return htmlPages(dir).map((file) => ({ path: urlPathOf(file, dir), root: parse(readFileSync(file, 'utf8')) }));
}

/** The built pages that are articles (they have <article class="article">). */
export function builtArticles(dir = DIST): BuiltPage[] {
  return builtPages(dir).filter(({ root }) => root.querySelector('article.article'));
}
