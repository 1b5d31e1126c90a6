/**
 * Made-up articles for the build benchmarks: valid by every rule (frontmatter, citations, review
 * dates, headings), about as long as a real article, citing sources that exist. Written only into
 * temporary copies of the site, never into content/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = ['addiction', 'treatment', 'safety', 'warning-signs', 'alternatives', 'support'] as const;
const PARAGRAPH =
  'This paragraph stands in for the text of a real article. It uses short sentences and plain words, ' +
  'so its length and shape are close to what writers publish. It says what a reader should know, ' +
  'then what to ask a clinician, then where to find help.';

/** Article number `index` as MDX, citing one or two of `sources` (each at least once). */
export function generatedArticle(index: number, sources: string[]): string {
  const cited = [sources[index % sources.length], sources[(index + 1) % sources.length]].filter((key, i, all) => all.indexOf(key) === i);
  const sections = [1, 2, 3, 4, 5].map(
    (n) => `<h2 id="section-${n}">Question ${n} about generated topic ${index}</h2>\n\n${PARAGRAPH}<Cite id="${cited[n % cited.length]}" />\n\n${PARAGRAPH}\n`,
  );
  return `---
title: Generated article ${index} for the build benchmark
description: A made-up article used to measure how build time and output size grow with the number of articles.
summary: >-
  This made-up article answers its question first, in two or three sentences, like a real one. It
  exists only to measure the build.
keyPoints:
  - It is valid by every rule the build checks.
  - It cites sources that exist.
  - It is about as long as a real article.
audiences: [patients]
topic: ${TOPICS[index % TOPICS.length]}
homePath: considering-treatment
order: ${1000 + index}
lastReviewed: '2026-11-21'
nextReview: '2027-05-21'
review: { status: not-clinician-reviewed }
changelog:
  - { date: '2026-11-21', summary: 'Generated for the build benchmark.' }
sources: [${cited.join(', ')}]
---

${sections.join('\n')}`;
}

/** Write `count` generated articles into `articlesDir` (generated-article-1.mdx ...). */
export function writeGeneratedArticles(articlesDir: string, count: number, sources: string[], slugs?: string[]): void {
  for (let i = 1; i <= count; i += 1) {
    const slug = slugs?.[i - 1] ?? `generated-article-${i}`;
    writeFileSync(join(articlesDir, `${slug}.mdx`), generatedArticle(i, sources));
  }
}
