import { describe, expect, it } from 'vitest';
import { extractSections, markdownHeadings } from '../../src/lib/sections.ts';

describe('article sections', () => {
  it('reads headings with stable ids in order', () => {
    const body = '<h2 id="short-answer">The <em>short</em> answer</h2>\ntext\n<h3 id="more">More</h3>';
    expect(extractSections(body)).toEqual([
      { depth: 2, id: 'short-answer', text: 'The short answer' },
      { depth: 3, id: 'more', text: 'More' },
    ]);
  });

  it('finds Markdown headings, which would get ids that change with their words', () => {
    expect(markdownHeadings('## Is it safe?\ntext\n#### Deep\n')).toEqual(['## Is it safe?', '#### Deep']);
    expect(markdownHeadings('```\n## not a heading\n```')).toEqual([]);
  });
});

describe('heading text as rendered', () => {
  it('curls quotes the way MDX renders them', async () => {
    const { smartQuotes } = await import('../../src/lib/sections.ts');
    expect(smartQuotes(`Why don't they count? What do "response" and 'remission' mean?`)).toBe('Why don’t they count? What do “response” and ‘remission’ mean?');
  });
});
