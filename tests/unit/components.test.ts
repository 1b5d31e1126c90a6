/**
 * Author components rendered with Astro's Container API: what they output, and that each one
 * stops the build on a bad prop with a message naming the file, component and prop.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Callout from '../../src/components/mdx/Callout.astro';
import Checklist from '../../src/components/mdx/Checklist.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import KeyPoints from '../../src/components/mdx/KeyPoints.astro';
import Term from '../../src/components/mdx/Term.astro';
import type { PageContext } from '../../src/lib/page-context.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const page = (): PageContext => ({
  file: 'content/articles/example.mdx',
  citations: new Map([['label', { key: 'label', number: 1, uses: 2 }]]),
  glossary: new Map([['rems', { id: 'rems', term: 'REMS', definition: 'A safety program the FDA requires.' }]]),
  tables: new Map(),
  safety: new Map(),
  facts: new Map(),
  treatmentOptions: [],
  sources: new Map(),
  today: '2026-12-07',
  citeUses: new Map(),
  termCount: 0,
});

describe('<Cite>', () => {
  it('renders a numbered link to the reference list with a unique id per use', async () => {
    const locals = { page: page() };
    const first = await container.renderToString(Cite, { props: { id: 'label' }, locals });
    const second = await container.renderToString(Cite, { props: { id: 'label' }, locals });
    expect(first).toContain('href="#ref-label"');
    expect(first).toContain('id="cite-label-1"');
    expect(first).toContain('[1]');
    expect(second).toContain('id="cite-label-2"');
  });

  it('stops the build on a key the page does not cite', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'nope' }, locals: { page: page() } })).rejects.toThrow(
      'content/articles/example.mdx › <Cite> id: got "nope", expected a source key cited on this page',
    );
  });
});

describe('<Callout>', () => {
  it('writes the urgency as words, not colour alone', async () => {
    const html = await container.renderToString(Callout, { props: { level: 'emergency', title: 'Call 911 now if' }, slots: { default: 'They will not wake up.' } });
    expect(html).toContain('Emergency:</span> Call 911 now if');
    expect(html).toContain('callout-emergency');
  });

  it('stops the build on an unknown level', async () => {
    await expect(container.renderToString(Callout, { props: { level: 'urgent', title: 'x' }, locals: { page: page() } })).rejects.toThrow(
      '<Callout> level: got "urgent", expected one of info, warning, emergency',
    );
  });
});

describe('<Checklist>', () => {
  it('renders labelled native checkboxes', async () => {
    const html = await container.renderToString(Checklist, { props: { id: 'ask', title: 'Ask', items: ['One?', 'Two?'] } });
    expect(html).toContain('<legend>Ask</legend>');
    expect(html).toMatch(/<input type="checkbox" id="ask-2"[^>]*>\s*<label for="ask-2">Two\?<\/label>/);
  });

  it('stops the build on an empty list or a bad id', async () => {
    await expect(container.renderToString(Checklist, { props: { id: 'ask', title: 'Ask', items: [] } })).rejects.toThrow('<Checklist> items');
    await expect(container.renderToString(Checklist, { props: { id: 'Has Spaces', title: 'Ask', items: ['x'] } })).rejects.toThrow('<Checklist> id');
  });
});

describe('<KeyPoints>', () => {
  it('renders the points as a list and refuses a missing list', async () => {
    const html = await container.renderToString(KeyPoints, { props: { points: ['One.', 'Two.'] } });
    expect(html).toContain('<li>One.</li>');
    await expect(container.renderToString(KeyPoints, { props: {} })).rejects.toThrow('<KeyPoints> points');
  });
});

describe('<Term>', () => {
  it('shows its definition in a native popover, without JavaScript', async () => {
    const html = await container.renderToString(Term, { props: { id: 'rems' }, slots: { default: 'the REMS' }, locals: { page: page() } });
    expect(html).toContain('popovertarget="term-rems-1"');
    expect(html).toMatch(/<span class="term-definition" popover id="term-rems-1"[^>]*><strong>REMS:<\/strong> A safety program/);
  });

  it('stops the build on an unknown term', async () => {
    await expect(container.renderToString(Term, { props: { id: 'zzz' }, locals: { page: page() } })).rejects.toThrow('<Term> id: got "zzz"');
  });
});
