/**
 * Bad input: one broken fixture per kind of bad content, built for real with `npm run build` in
 * temporary copies of the site. Each must be refused with a message naming the file and the
 * field, and must leave no dist/ behind. Untrusted markup in frontmatter must come out escaped.
 *
 * The build reports every problem in the site at once, so the fixtures are built in three copies,
 * by the stage that refuses them: every content problem (schemas and src/lib/content-rules.ts) in
 * one build, which must report each case exactly once and nothing else; the link check (after
 * the pages are written) in a second; a bad component prop (found while rendering) in a third.
 *
 * The copies start from a small fixture site (tests/fixtures/site/content), not the real content/:
 * it builds in about 3 s, and it does not change while writers work on articles, so a case can
 * only fail for the reason it was written for. The control test shows that base builds cleanly;
 * each case then adds the files in tests/fixtures/bad-input/<case>/ (one broken thing) and checks
 * the exact message, so a fixture refused for some other reason fails its test.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTempSite, createTempSite, PROJECT_ROOT, type BuildResult, type TempSite } from '../../scripts/lib/temp-site.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures');
const BASE_CONTENT = join(FIXTURES, 'site', 'content');
/** Builds run with a fixed "today" (no result here may depend on the calendar). */
const ENV = { SITE_TODAY: '2026-11-21' };
/** Two builds at a time: the machine (and CI) has two cores. */
const PARALLEL_BUILDS = 2;
const TIMEOUT = 240_000;

interface BadInputCase {
  /** Folder in tests/fixtures/bad-input/. */
  name: string;
  /** Path the message must name. */
  file: string;
  /** Field the message must name. */
  field: string;
  /** The specific refusal; also shows the field, so the case cannot pass for another reason. */
  message: RegExp;
  /** What refuses it: the content rules (default), the link check after the build, or a component while rendering. */
  stage?: 'content' | 'links' | 'render';
}

const CASES: BadInputCase[] = [
  { name: 'missing-required-field', file: 'content/articles/no-summary.mdx', field: 'summary', message: /no-summary\.mdx › summary: Required\n\s+hint: the field is described in src\/schemas\/article\.ts/ },
  { name: 'unknown-citation-key', file: 'content/articles/unknown-citation.mdx', field: 'body', message: /:\d+ › body: <Cite id="no-such-source"> names no source/ },
  { name: 'duplicate-source-id', file: 'content/sources/Fixture-Label.yaml', field: 'slug', message: /› slug: makes the same key as content\/sources\/(Fixture-L|fixture-l)abel\.yaml/ },
  { name: 'unlisted-source', file: 'content/articles/unlisted-source.mdx', field: 'sources', message: /:\d+ › sources: "fixture-second-label" is cited in the text but not listed in frontmatter sources/ },
  { name: 'impossible-review-date', file: 'content/articles/impossible-date.mdx', field: 'lastReviewed', message: /lastReviewed: must be a real date/ },
  { name: 'badly-written-date', file: 'content/articles/badly-written-date.mdx', field: 'lastReviewed', message: /lastReviewed: must be a real date written in quotes/ },
  { name: 'review-too-far', file: 'content/articles/review-too-far.mdx', field: 'nextReview', message: /nextReview: must be within 12 months of lastReviewed \(2026-11-21\)/ },
  { name: 'fact-recheck-too-far', file: 'content/facts/fixture-rule-ends.yaml', field: 'checkBy', message: /checkBy: must be within 12 months of lastChecked \(2026-11-21\)/ },
  { name: 'uncited-source', file: 'content/articles/uncited-source.mdx', field: 'sources', message: /:\d+ › sources: "fixture-extra-label" is listed in frontmatter sources but never cited in the text/ },
  { name: 'markdown-heading', file: 'content/articles/markdown-heading.mdx', field: 'body', message: /:\d+ › body: heading "## What is the answer\?" must be written as <h2 id="stable-id">/ },
  { name: 'unknown-glossary-term', file: 'content/articles/unknown-term.mdx', field: 'body', message: /:\d+ › body: <Term id="no-such-term"> names no file in content\/glossary/ },
  { name: 'unknown-table', file: 'content/articles/unknown-table.mdx', field: 'body', message: /:\d+ › body: <ComparisonTable id="no-such-table"> names no file in content\/comparisons/ },
  { name: 'unknown-fact', file: 'content/articles/unknown-fact.mdx', field: 'body', message: /:\d+ › body: <Fact id="no-such-fact"> names no file in content\/facts/ },
  { name: 'hand-written-emergency-list', file: 'content/articles/own-emergency-list.mdx', field: 'body', message: /:\d+ › body: an emergency <Callout> with its own list of signs or steps: emergency signs and steps are written once, in content\/safety\n\s+hint: use <SafetyGuide id="call-911" \/>/ },
  { name: 'typed-helpline-hours', file: 'content/articles/typed-hours.mdx', field: 'body', message: /:\d+ › body: helpline hours "24\/7" are typed as text\n\s+hint: write <Helpline id="\.\.\." hours \/>/ },
  { name: 'typed-phone-number', file: 'content/articles/typed-number.mdx', field: 'body', message: /:\d+ › body: phone number "1-800-222-1222" is typed as text\n\s+hint: write <Helpline id="\.\.\." \/>/ },
  { name: 'unknown-safety-record', file: 'content/articles/unknown-safety.mdx', field: 'body', message: /:\d+ › body: <SafetyGuide id="call-999"> names no file in content\/safety/ },
  { name: 'unknown-record-key', file: 'content/glossary/misspelt-related-term.yaml', field: 'related[0]', message: /misspelt-related-term\.yaml:3 › related\[0\]: "fixture-trem" names no file in content\/glossary\n\s+hint: did you mean "fixture-term"\?/ },
  { name: 'broken-internal-link', file: 'content/articles/broken-link.mdx', field: 'link', message: /› link \/no-such-page\/: leads nowhere: no page at \/no-such-page\//, stage: 'links' },
  { name: 'broken-anchor', file: 'content/articles/broken-anchor.mdx', field: 'link', message: /› link \/editorial-policy\/#no-such-section: leads nowhere: \/editorial-policy\/ has no element with id "no-such-section"/, stage: 'links' },
  { name: 'image-without-alt', file: 'content/articles/image-without-alt.mdx', field: 'body', message: /:\d+ › body: image \/favicon\.svg has no text alternative/ },
  { name: 'invalid-source-url', file: 'content/sources/plain-http-source.yaml', field: 'url', message: /url: must start with 'https:\/\/'/ },
  { name: 'no-sources', file: 'content/articles/no-sources.mdx', field: 'sources', message: /sources: an article must cite at least one source/ },
  { name: 'description-too-long', file: 'content/articles/long-description.mdx', field: 'description', message: /description: must be at most 160 characters/ },
  { name: 'duplicate-page-slug', file: 'content/pages/fixture-article.mdx', field: 'slug', message: /› slug: "fixture-article" is already used by content\/articles\/fixture-article\.mdx/ },
  { name: 'bad-component-prop', file: 'content/articles/bad-callout.mdx', field: 'level', message: /› <Callout> level: got "urgent", expected one of info, warning, emergency/, stage: 'render' },
];

// Each test starts its build at once; this queue lets PARALLEL_BUILDS run at a time.
let running = 0;
const waiting: (() => void)[] = [];
const sites: TempSite[] = [];

async function buildFixture(label: string, ...overlays: string[]): Promise<BuildResult & { root: string }> {
  if (running >= PARALLEL_BUILDS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    const site = createTempSite(BASE_CONTENT, label);
    sites.push(site);
    for (const overlay of overlays) cpSync(overlay, site.root, { recursive: true });
    return { ...(await buildTempSite(site.root, ENV)), root: site.root };
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

// Removing 27 copies of the site can take more than the default 10 s on a busy machine.
afterAll(() => {
  for (const site of sites) site.remove();
}, 60_000);

/** One build per stage, with every fixture of that stage laid over the base site at once. */
const stageBuilds = new Map<string, ReturnType<typeof buildFixture>>();
function stageBuild(stage: 'content' | 'links' | 'render') {
  if (!stageBuilds.has(stage)) {
    const overlays = CASES.filter((c) => (c.stage ?? 'content') === stage).map((c) => join(FIXTURES, 'bad-input', c.name));
    stageBuilds.set(stage, buildFixture(`bad-${stage}`, ...overlays));
  }
  return stageBuilds.get(stage)!;
}

/** The problems in a build's output: each `file › field: message` line with its indented hint. */
function problemBlocks(output: string): string[] {
  const blocks: string[] = [];
  for (const line of output.split('\n')) {
    if (/^\S[^ ]* › /.test(line)) blocks.push(line);
    else if (blocks.length && /^\s+hint: /.test(line)) blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}

it('every fixture folder has a case, and every case a folder', () => {
  expect(readdirSync(join(FIXTURES, 'bad-input')).sort()).toEqual(CASES.map((c) => c.name).sort());
});

describe.concurrent('bad input is refused, naming the file and the field, with no site left behind', () => {
  it('control: the fixture site itself builds, with search', { timeout: TIMEOUT }, async () => {
    const result = await buildFixture('control');
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(result.root, 'dist', 'fixture-article', 'index.html'))).toBe(true);
    expect(existsSync(join(result.root, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it.for(CASES)('$name', { timeout: TIMEOUT }, async (badCase) => {
    const stage = badCase.stage ?? 'content';
    const result = await stageBuild(stage);
    expect(result.status, result.output).not.toBe(0);
    // Exactly one problem in the report is this case's, and it names the file and the field. (A
    // bad prop is found by the component while it renders, and Astro prints that error its own
    // way, more than once: there the message must simply be in the output.)
    const mine = stage === 'render' ? [...new Set(result.output.split('\n').filter((line) => badCase.message.test(line)).map((line) => line.slice(line.indexOf('content/'))))] : problemBlocks(result.output).filter((block) => block.includes(badCase.file) && badCase.message.test(block));
    expect(mine, result.output).toHaveLength(1);
    expect(mine[0]).toContain(badCase.field);
    // The report, not an exception: no stack trace.
    if (stage !== 'render') expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    // Nothing half-written that could be deployed: no dist/ at all.
    expect(existsSync(join(result.root, 'dist')), 'dist/ was left behind').toBe(false);
  });

  it('one build reports every content problem in the site: each case once, and nothing else', { timeout: TIMEOUT }, async () => {
    const result = await stageBuild('content');
    const cases = CASES.filter((c) => (c.stage ?? 'content') === 'content');
    expect(result.output).toContain(`${cases.length} problems in ${cases.length} files`);
    expect(problemBlocks(result.output)).toHaveLength(cases.length);
  });
});

/** Every HTML and XML file in a built site. */
function textOutputs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textOutputs(path);
    return /\.(html|xml)$/.test(name) ? [path] : [];
  });
}

describe('markup and script in frontmatter, glossary and source records', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '"><img src=x onerror=alert(1)>';

  it('come out as text: no script or img element, no event handler', { timeout: TIMEOUT }, async () => {
    const result = await buildFixture('untrusted-markup', join(FIXTURES, 'untrusted-markup'));
    expect(result.status, result.output).toBe(0);
    const dist = join(result.root, 'dist');

    const files = textOutputs(dist);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Inside a double-quoted attribute value only `"` and `&` need escaping, so `<script>` there
      // is inert text (Astro leaves it as is); everywhere else it must not appear raw.
      const outsideAttributes = file.endsWith('.html') ? text.replace(/="[^"]*"/g, '=""') : text;
      expect(outsideAttributes, file).not.toContain(SCRIPT);
      expect(outsideAttributes, file).not.toMatch(/<img src=x/i);
      if (file.endsWith('.html')) {
        const root = parse(text);
        // Data blocks (JSON-LD) may carry the text, escaped so it cannot close the element
        // (the raw check above); a script the browser would run must not.
        const scripts = root.querySelectorAll('script').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
        expect(scripts.filter((s) => s.text.includes('alert(')).length, file).toBe(0);
        for (const data of root.querySelectorAll('script[type="application/ld+json"]')) expect(() => JSON.parse(data.text), file).not.toThrow();
        expect(root.querySelectorAll('[onerror]').length, file).toBe(0);
        expect(root.querySelectorAll('img[src="x"]').length, file).toBe(0);
      }
    }

    // The payloads did reach the pages, as text: otherwise the checks above prove nothing.
    const article = parse(readFileSync(join(dist, 'untrusted-markup', 'index.html'), 'utf8'));
    expect(article.querySelector('h1')?.text).toBe(`Can ${SCRIPT} or ${IMG} run here?`);
    expect(article.querySelector('title')?.text).toContain(`Can ${SCRIPT} or ${IMG} run here?`);
    expect(article.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(`${SCRIPT} and ${IMG}`);
    expect(article.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(IMG);
    const structuredData = article.querySelector('script[type="application/ld+json"]');
    expect(JSON.stringify(JSON.parse(structuredData?.text ?? 'null'))).toContain(JSON.stringify(`Can ${SCRIPT} or ${IMG} run here?`));
    expect(article.querySelector('.summary')?.text).toContain(SCRIPT);
    expect(article.querySelector('.key-points')?.text).toContain(IMG);
    expect(article.querySelector('.term-definition')?.text).toContain(`A definition with ${SCRIPT} and ${IMG}`);
    expect(article.querySelector('.references')?.text).toContain(`A source title with ${SCRIPT}`);
    const glossary = parse(readFileSync(join(dist, 'glossary', 'index.html'), 'utf8'));
    expect(glossary.querySelector('main')?.text).toContain(`A definition with ${SCRIPT} and ${IMG}`);
    const sources = readFileSync(join(dist, 'sources', 'index.html'), 'utf8');
    expect(parse(sources).querySelector('main')?.text).toContain(`Publisher ${IMG}`);
    expect(readFileSync(join(dist, 'changes.xml'), 'utf8')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('one build reports every problem', () => {
  it('two broken articles of two kinds: one build names both files, each problem once, with hints and no stack trace', { timeout: TIMEOUT }, async () => {
    // Two different faults at once, in two files: a schema error and a bad citation key.
    const broken = await buildFixture('two-broken', ...['missing-required-field', 'unknown-citation-key'].map((name) => join(FIXTURES, 'bad-input', name)));
    expect(broken.status, broken.output).not.toBe(0);
    const schemaLine = /content\/articles\/no-summary\.mdx › summary: Required\n\s+hint: /g;
    const citeLine = /content\/articles\/unknown-citation\.mdx:25 › body: <Cite id="no-such-source"> names no source: there is no content\/sources\/no-such-source\.yaml\n\s+hint: (did you mean "[^"]+"\? )?Source keys are the file names in content\/sources\//g;
    expect(broken.output.match(schemaLine), broken.output).toHaveLength(1);
    expect(broken.output.match(citeLine), broken.output).toHaveLength(1);
    expect(broken.output).toMatch(/2 problems in 2 files/);
    expect(broken.output.match(/\n\s+hint: /g)).toHaveLength(2);
    // No stack trace: no "at file:line:col" frames and no error class names.
    expect(broken.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(broken.output).not.toMatch(/AstroUserError|Stack trace/i);
    expect(existsSync(join(broken.root, 'dist')), 'dist/ was left behind').toBe(false);
  });
});
