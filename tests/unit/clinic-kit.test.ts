/**
 * The clinic kit's pure parts and components (issue 13): the SITE_URL build warning, the
 * SITE_CONTACT setting, the "Report a problem" link, the QR code, the reuse record and snippet,
 * and the checklist's date spaces. What the real site prints and serves is tested in
 * tests/browser/handouts.test.ts and reuse.test.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import ReportProblem from '../../src/components/ReportProblem.astro';
import Checklist from '../../src/components/mdx/Checklist.astro';
import ContactRoute from '../../src/components/mdx/ContactRoute.astro';
import siteUrlCheck, { siteUrlWarning } from '../../src/integrations/site-url-warning.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { reportProblemHref } from '../../src/lib/report-problem.ts';
import { today } from '../../src/schemas/dates.ts';
import { articleRecord, articleSnippet, type ArticleInput } from '../../src/lib/reuse.ts';
import { PLACEHOLDER_URL, contactAddress } from '../../src/lib/site.ts';
import type { PageContext } from '../../src/lib/page-context.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('SITE_URL warning', () => {
  it('warns, naming the placeholder and the fix, when a build has no SITE_URL', () => {
    const warning = siteUrlWarning({});
    expect(warning).toContain(`SITE_URL is not set: every address in this build shows the placeholder ${PLACEHOLDER_URL}`);
    expect(warning).toContain('QR codes');
    expect(warning).toContain('SITE_URL=https://');
  });

  it('is silent with SITE_URL, and for the local preview `npm start` builds', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' })).toBeUndefined();
    expect(siteUrlWarning({ SITE_LOCAL_PREVIEW: '1' })).toBeUndefined();
  });

  it('is logged at the start and the end of the build', () => {
    const saved = { url: process.env.SITE_URL, local: process.env.SITE_LOCAL_PREVIEW };
    delete process.env.SITE_URL;
    delete process.env.SITE_LOCAL_PREVIEW;
    try {
      const warnings: string[] = [];
      const logger = { warn: (text: string) => warnings.push(text) };
      const hooks = siteUrlCheck().hooks as Record<string, (options: { logger: typeof logger }) => void>;
      hooks['astro:build:start']({ logger });
      hooks['astro:build:done']({ logger });
      expect(warnings).toHaveLength(2);
      expect(warnings[1]).toContain('SITE_URL is not set');
    } finally {
      if (saved.url !== undefined) process.env.SITE_URL = saved.url;
      if (saved.local !== undefined) process.env.SITE_LOCAL_PREVIEW = saved.local;
    }
  });
});

describe('SITE_CONTACT', () => {
  it('is one email address, or nothing when unset or empty', () => {
    expect(contactAddress('editors@example.org')).toBe('editors@example.org');
    expect(contactAddress(' editors@example.org ')).toBe('editors@example.org');
    expect(contactAddress(undefined)).toBeUndefined();
    expect(contactAddress('  ')).toBeUndefined();
  });

  it('stops the build on anything else, naming the setting', () => {
    for (const bad of ['editors', 'a@b', 'one@example.org, two@example.org', 'mailto:editors@example.org?x=1 y']) {
      expect(() => contactAddress(bad), bad).toThrow(/^SITE_CONTACT must be one email address/);
    }
  });
});

describe('Report a problem with this page', () => {
  const pageInfo = { title: 'Warning signs', url: 'https://example.org/warning-signs/', versionDate: '2026-11-21' };
  const builtOn = today();

  it('opens an email to the contact address with the page address and version date written in', () => {
    const href = new URL(reportProblemHref('editors@example.org', { ...pageInfo, builtOn }));
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe('editors@example.org');
    expect(href.searchParams.get('subject')).toBe('Problem with a page: Warning signs');
    expect(href.searchParams.get('body')).toContain('Page: https://example.org/warning-signs/');
    expect(href.searchParams.get('body')).toContain('Version: 21 November 2026 (2026-11-21)');
  });

  it('names the build day for a generated page, which has no version date of its own', () => {
    const href = new URL(reportProblemHref('editors@example.org', { title: 'Glossary', url: 'https://example.org/glossary/', builtOn: '2026-12-07' }));
    expect(href.searchParams.get('body')).toContain('Version: the site as built on 7 December 2026 (2026-12-07)');
  });

  it('shows the link only when an address is configured', async () => {
    const shown = parse(await container.renderToString(ReportProblem, { props: { ...pageInfo, contact: 'editors@example.org' } }));
    const link = shown.querySelector('.report-problem a')!;
    expect(link.text).toBe('Report a problem with this page');
    expect(link.getAttribute('href')).toBe(reportProblemHref('editors@example.org', { ...pageInfo, builtOn }));
    // SITE_CONTACT is unset in tests, so the default is no address at all.
    expect((await container.renderToString(ReportProblem, { props: pageInfo })).trim()).toBe('');
  });

  it('the About page names the configured address, or says there is no contact route yet', async () => {
    const locals = { page: { file: 'content/pages/about.mdx', citations: new Map(), glossary: new Map(), citeUses: new Map(), termCount: 0 } as PageContext };
    const configured = parse(await container.renderToString(ContactRoute, { props: { contact: 'editors@example.org' }, locals }));
    expect(configured.querySelector('a[href="mailto:editors@example.org"]')?.text).toBe('editors@example.org');
    const none = parse(await container.renderToString(ContactRoute, { locals }));
    expect(none.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
    expect(none.querySelector('.contact-route')!.text).toBe('There is no way to contact the editors yet. When there is, this page will say how.');
  });
});

describe('QR code', () => {
  it('is an SVG, hidden from assistive technology, with no style attributes (the CSP forbids them)', async () => {
    const svg = await qrSvg('https://example.org/warning-signs/');
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toMatch(/style=|<script/);
  });
});

describe('reuse record and snippet', () => {
  const input: ArticleInput = {
    slug: 'warning-signs',
    title: 'Warning signs <for "you">',
    summary: 'A summary & more.',
    keyPoints: ['One.', 'Two <b>.'],
    sections: [{ depth: 2, id: 'what-to-watch-for', text: 'What should you watch for?' }, { depth: 3, id: 'bladder', text: 'Bladder' }],
    lastReviewed: '2026-11-21',
    nextReview: '2027-05-21',
    versionDate: '2026-11-21',
    review: { status: 'not-clinician-reviewed' },
    currency: { state: 'overdue', date: '2027-05-21' },
    handout: true,
  };
  const site = { name: 'Ketamine Facts', url: 'https://example.org', license: { name: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' } };
  const crisis = [{ name: '988 Suicide & Crisis Lifeline', for: 'Crisis.', hours: '24/7', contacts: [{ method: 'call', value: '988', href: 'tel:988' }] }];
  const record = articleRecord(input, site, crisis);

  it('gives absolute addresses for the page, each section and its own files', () => {
    expect(record.url).toBe('https://example.org/warning-signs/');
    expect(record.sections).toEqual([
      { id: 'what-to-watch-for', level: 2, heading: 'What should you watch for?', url: 'https://example.org/warning-signs/#what-to-watch-for' },
      { id: 'bladder', level: 3, heading: 'Bladder', url: 'https://example.org/warning-signs/#bladder' },
    ]);
    expect(record.links).toEqual({
      page: 'https://example.org/warning-signs/',
      json: 'https://example.org/reuse/warning-signs.json',
      snippet: 'https://example.org/reuse/warning-signs.html',
      largePrint: 'https://example.org/large-print/warning-signs/',
    });
    expect(articleRecord({ ...input, handout: false }, site, crisis).links.largePrint).toBeUndefined();
  });

  it('says when a page is past its review date', () => {
    expect(record.review).toEqual({ lastReviewed: '2026-11-21', nextReview: '2027-05-21', state: 'due-for-review', clinicalReview: 'not-clinician-reviewed' });
    expect(articleRecord({ ...input, currency: { state: 'due-soon', date: '2027-05-21' } }, site, crisis).review.state).toBe('current');
  });

  it('writes the snippet as escaped text, so article text can never become markup', () => {
    const root = parse(articleSnippet(record, '21 November 2026'));
    expect(root.querySelector('h2 a')!.text).toBe('Warning signs <for "you">');
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(root.querySelectorAll('li').map((li) => li.text)).toEqual(['One.', 'Two <b>.']);
    expect(root.querySelector('.ketamine-facts-summary')!.text).toBe('A summary & more.');
  });
});

describe('<Checklist dates>', () => {
  const locals = { page: { file: 'content/articles/example.mdx', citations: new Map(), glossary: new Map(), citeUses: new Map(), termCount: 0 } as PageContext };

  it('adds a date space to every item', async () => {
    const root = parse(await container.renderToString(Checklist, { props: { id: 'signs', title: 'Signs', items: ['One', 'Two'], dates: true }, locals }));
    expect(root.querySelector('fieldset')!.classList.contains('checklist-dates')).toBe(true);
    expect(root.querySelectorAll('li .date-space')).toHaveLength(2);
    const plain = parse(await container.renderToString(Checklist, { props: { id: 'signs', title: 'Signs', items: ['One'] }, locals }));
    expect(plain.querySelectorAll('.date-space')).toHaveLength(0);
  });

  it('stops the build on a dates value that is not true or false', async () => {
    await expect(container.renderToString(Checklist, { props: { id: 'signs', title: 'Signs', items: ['One'], dates: 'yes' }, locals })).rejects.toThrow(
      /content\/articles\/example\.mdx › <Checklist> dates: got "yes", expected true or false/,
    );
  });
});

