/**
 * `npm run bench`: the site's performance figures, printed as tables and written to
 * docs/benchmarks.md with the command and the date. Figures, not tests: budgets are printed next
 * to what they limit, and nothing here fails because a machine was slow.
 *
 *   1. The real site's build: astro build and Pagefind timed apart, output and index size.
 *   2. Page weight on first load, in Chromium with an empty cache: bytes by type (HTML, CSS, JS,
 *      fonts, images, other), raw and gzip, and the number of requests, for every page.
 *      Budgets: every word of an article shows with JavaScript off, and its first load stays
 *      under 20 KB gzip in all.
 *   3. Search: bytes a first search downloads, and the time from submitting a query to results
 *      on screen, first (cold) and repeated (warm).
 *   4. Lighthouse (mobile, its default) on the home page, an article and the search page.
 *   5. Build time and size for the real site plus 100, 1,000 and 5,000 generated articles, in
 *      temporary copies (never in content/), so the cost per article and its growth are visible.
 *
 *   BENCH_SIZES=100,1000 npm run bench   other generated sizes (0 to skip step 5)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync, constants as zlib } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../tests/browser/chromium.ts';
import { htmlPages, urlPathOf } from './lib/built-site.ts';
import { writeGeneratedArticles } from './lib/generated-articles.ts';
import { createTempSite, PROJECT_ROOT, runInTempSite } from './lib/temp-site.ts';
import { startServer } from './serve.ts';
import { PINNED_TODAY } from './lib/pinned-today.ts';

// The same site on any day: every build below reads this (src/schemas/dates.ts).
process.env.SITE_TODAY ??= PINNED_TODAY;

const BUDGET = { articleGzipKB: 20 };
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number).filter((n) => n > 0);
const DIST = join(PROJECT_ROOT, 'dist');
const CHROME = process.env.CHROME_PATH ?? findChromium();
process.env.CHROME_PATH = CHROME;

const log = (message: string) => process.stderr.write(`· ${message}\n`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const seconds = (s: number) => s.toFixed(1);
const gzipSize = (body: Buffer) => gzipSync(body, { level: zlib.Z_BEST_COMPRESSION }).length;

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const inner = folderBytes(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- 1. the real site's build

interface BuildFigures {
  label: string;
  articles: number;
  astroSeconds: number;
  pagefindSeconds: number;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

/** astro build, then Pagefind, in `root`; timed apart. */
async function timedBuild(root: string, label: string): Promise<BuildFigures> {
  const astro = await runInTempSite(root, 'npx', ['astro', 'build']);
  if (astro.status !== 0) throw new Error(`${label}: astro build failed:\n${astro.output.split('\n').slice(-30).join('\n')}`);
  const pagefind = await runInTempSite(root, 'npx', ['pagefind', '--site', 'dist']);
  if (pagefind.status !== 0) throw new Error(`${label}: pagefind failed:\n${pagefind.output}`);
  const dist = join(root, 'dist');
  const index = folderBytes(join(dist, 'pagefind'));
  return {
    label,
    articles: readdirSync(join(root, 'content', 'articles')).filter((name) => name.endsWith('.mdx')).length,
    astroSeconds: astro.seconds,
    pagefindSeconds: pagefind.seconds,
    pages: htmlPages(dist).length,
    distBytes: folderBytes(dist).bytes,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
  };
}

// ---------------------------------------------------------------- 2. page weight

const TYPES = ['HTML', 'CSS', 'JS', 'fonts', 'images', 'other'] as const;
type ResourceKind = (typeof TYPES)[number];
const KIND: Record<string, ResourceKind> = { document: 'HTML', stylesheet: 'CSS', script: 'JS', font: 'fonts', image: 'images' };

interface PageWeight {
  path: string;
  article: boolean;
  requests: number;
  raw: Record<ResourceKind, number>;
  gzip: Record<ResourceKind, number>;
  rawTotal: number;
  gzipTotal: number;
}

async function pageWeight(browser: Browser, base: string, path: string, article: boolean): Promise<PageWeight> {
  // A new context per page: an empty cache, as on a reader's first visit.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const bodies: Promise<{ kind: ResourceKind; body: Buffer }>[] = [];
  page.on('response', (response) => {
    const kind = KIND[response.request().resourceType()] ?? 'other';
    bodies.push(response.body().then((body) => ({ kind, body }), () => ({ kind, body: Buffer.alloc(0) })));
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(bodies);
  await context.close();
  const raw = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<ResourceKind, number>;
  const gzip = { ...raw };
  for (const { kind, body } of loaded) {
    raw[kind] += body.length;
    gzip[kind] += gzipSize(body);
  }
  const sum = (record: Record<ResourceKind, number>) => Object.values(record).reduce((a, b) => a + b, 0);
  return { path, article, requests: loaded.length, raw, gzip, rawTotal: sum(raw), gzipTotal: sum(gzip) };
}

/**
 * Words of an article readers can see (innerText honours CSS), with JavaScript on and off.
 * Reading must not need JavaScript: scripts may add controls (copy-link buttons, whose words are
 * left out), never reveal the text.
 */
async function visibleWords(browser: Browser, base: string, path: string, javaScriptEnabled: boolean): Promise<number> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  // With JavaScript off Playwright still evaluates this, in its own isolated world.
  const words = await page.evaluate(() => {
    const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const article = document.querySelector<HTMLElement>('article');
    if (!article) return 0;
    const added = [...article.querySelectorAll<HTMLElement>('button')].filter((b) => !b.closest('noscript') && b.matches('.section-link-button'));
    return count(article.innerText) - added.reduce((sum, b) => sum + count(b.innerText), 0);
  });
  await context.close();
  return words;
}

// ---------------------------------------------------------------- 3. search

interface SearchFigures {
  query: string;
  firstMs: number;
  warmMedianMs: number;
  results: number;
  firstSearchRequests: number;
  firstSearchGzip: number;
}

async function searchTiming(browser: Browser, base: string, query: string, repeats = 5): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  const fetched: Promise<number>[] = [];
  page.on('response', (response) => fetched.push(response.body().then(gzipSize, () => 0)));
  const input = page.locator('#page-q');
  const status = page.locator('.search-status');

  /** Submit `q` and wait until the status line announces its results; milliseconds in between. */
  const timeQuery = async (q: string) => {
    await input.fill(q);
    // Clear the last query's announcement, so the wait below sees only this query's.
    await status.evaluate((element) => (element.textContent = ''));
    const started = performance.now();
    await input.press('Enter');
    await status.filter({ hasText: /results? for/ }).waitFor();
    return performance.now() - started;
  };

  const firstMs = await timeQuery(query);
  const firstSearchRequests = fetched.length;
  const firstSearchGzip = (await Promise.all(fetched)).reduce((a, b) => a + b, 0);
  const results = await page.locator('.search-results > li').count();
  const warm: number[] = [];
  for (let i = 0; i < repeats; i += 1) warm.push(await timeQuery(i % 2 ? query : `${query} treatment`));
  warm.sort((a, b) => a - b);
  await context.close();
  return { query, firstMs, warmMedianMs: warm[Math.floor(warm.length / 2)], results, firstSearchRequests, firstSearchGzip };
}

// ---------------------------------------------------------------- 4. Lighthouse

interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

async function lighthouse(base: string, path: string): Promise<LighthouseScores> {
  // The CLI launches its own Chromium (CHROME_PATH) and, by default, emulates a mid-range phone
  // on a throttled mobile connection. It runs as a child process without blocking this one,
  // whose event loop is serving the pages it loads.
  const output = join(mkdtempSync(join(tmpdir(), 'ketamine-facts-lighthouse-')), 'report.json');
  const run = await runInTempSite(PROJECT_ROOT, 'npx', [
    'lighthouse',
    base + path,
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
  ], { CHROME_PATH: CHROME });
  if (run.status !== 0) throw new Error(`lighthouse ${path} failed:\n${run.output}`);
  const lhr = JSON.parse(readFileSync(output, 'utf8')) as { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } };
  rmSync(dirname(output), { recursive: true, force: true });
  if (lhr.runtimeError) throw new Error(`lighthouse ${path}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return { path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
}

// ---------------------------------------------------------------- run

const started = Date.now();
// Other work on the machine slows builds and browsers; the report says how busy it was.
const loadAtStart = loadavg()[0];
const sections: string[] = [];

log('building the real site (astro build, then Pagefind)');
const realSite = createTempSite(join(PROJECT_ROOT, 'content'), 'bench-real');
let real: BuildFigures;
try {
  real = await timedBuild(realSite.root, 'real site');
} finally {
  realSite.remove();
}
// The project's own dist/ for the browser measurements, built the way `npm run build` does.
log('npm run build (dist/ for the browser measurements)');
execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

const articlePaths = new Set(readdirSync(join(PROJECT_ROOT, 'content', 'articles')).filter((n) => n.endsWith('.mdx')).map((n) => `/${n.slice(0, -4)}/`));
const paths = htmlPages(DIST)
  .map((file) => urlPathOf(file))
  .filter((path) => path !== '/404.html')
  .sort();
const { server, url: base } = await startServer(0);
const browser = await launchChromium();
let weights: PageWeight[];
let search: SearchFigures[];
let noJs: { path: string; on: number; off: number }[];
try {
  log(`page weight of ${paths.length} pages`);
  weights = [];
  for (const path of paths) weights.push(await pageWeight(browser, base, path, articlePaths.has(path)));
  log('article text with JavaScript off');
  noJs = [];
  for (const path of paths.filter((p) => articlePaths.has(p))) {
    noJs.push({ path, on: await visibleWords(browser, base, path, true), off: await visibleWords(browser, base, path, false) });
  }
  log('search timing');
  search = [await searchTiming(browser, base, 'ketamine'), await searchTiming(browser, base, 'Spravato')];
} finally {
  await browser.close();
}

const article = articlePaths.has('/is-ketamine-addictive/') ? '/is-ketamine-addictive/' : [...articlePaths].sort()[0];
// The search page twice: as it first opens, and running a query (Pagefind loads on the first query).
const lighthousePaths = ['/', article, '/search/', '/search/?q=ketamine'];
const scores: LighthouseScores[] = [];
try {
  for (const path of lighthousePaths) {
    log(`lighthouse ${path}`);
    scores.push(await lighthouse(base, path));
  }
} finally {
  server.close();
}

const generated: BuildFigures[] = [];
for (const size of SIZES) {
  log(`building the real site plus ${size} generated articles`);
  const copy = createTempSite(join(PROJECT_ROOT, 'content'), `bench-${size}`);
  try {
    const sources = readdirSync(join(copy.root, 'content', 'sources')).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5)).sort();
    writeGeneratedArticles(join(copy.root, 'content', 'articles'), size, sources);
    generated.push(await timedBuild(copy.root, `real site + ${size.toLocaleString('en-US')} generated`));
  } finally {
    copy.remove();
  }
}

// ---------------------------------------------------------------- report

const articles = weights.filter((w) => w.article);
const heaviestArticle = articles.reduce((a, b) => (b.gzipTotal > a.gzipTotal ? b : a), articles[0]);
const articleJs = Math.max(0, ...articles.map((w) => w.raw.JS));
const articleJsGzip = Math.max(0, ...articles.map((w) => w.gzip.JS));
const readableOff = noJs.filter((n) => n.on > 0 && n.off >= n.on);
const overWeight = articles.filter((w) => w.gzipTotal >= BUDGET.articleGzipKB * 1024);
const within = (ok: boolean) => (ok ? 'within budget' : '**OVER BUDGET**');

sections.push(`## Budgets

| budget | figure | status |
| --- | --- | --- |
| reading an article needs no JavaScript | ${readableOff.length} of ${noJs.length} articles show all their words with JavaScript off (the scripts every page loads, ${kb(articleJs)} KB or ${kb(articleJsGzip)} KB gzip, only add controls) | ${within(readableOff.length === noJs.length && noJs.length > 0)} |
| an article's first load under ${BUDGET.articleGzipKB} KB gzip in all | ${articles.length - overWeight.length} of ${articles.length} articles under; heaviest ${kb(heaviestArticle.gzipTotal)} KB gzip (${heaviestArticle.path}) | ${within(overWeight.length === 0)} |

Words visible per article with JavaScript on / off: ${noJs.map((n) => `${n.path} ${n.on}/${n.off}`).join(', ')}.`);

sections.push(`## Page weight on first load

Chromium, empty cache, 390 px wide. Bytes are the response bodies; gzip is each body compressed
at level 9, as a host serving gzip would send it. Articles are marked *.

${table(
  ['page', 'requests', ...TYPES.map((t) => `${t} KB`), 'total KB', 'total gzip KB'],
  weights.map((w) => [
    `${w.path}${w.article ? ' *' : ''}`,
    w.requests,
    ...TYPES.map((t) => (w.raw[t] ? `${kb(w.raw[t])} (${kb(w.gzip[t])})` : '0')),
    kb(w.rawTotal),
    kb(w.gzipTotal),
  ]),
)}

Each type column shows raw KB, then gzip KB in brackets.`);

sections.push(`## Lighthouse (mobile)

Lighthouse ${JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version}, default mobile settings (emulated phone, simulated slow 4G), against the local server with the real headers.

${table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], scores.map((s) => [s.path, s.performance, s.accessibility, s.bestPractices, s.seo]))}`);

sections.push(`## Search

The Pagefind index for the real site: ${mb(real.pagefindBytes)} MB in ${real.pagefindFiles} files (a search downloads only the parts it needs).
Time from pressing Enter on the search page to the results announced, in Chromium on this machine
(no network throttling); warm is the median of 5 more queries on the same page.

${table(
  ['query', 'results', 'first query ms', 'warm query ms (median)', 'first query downloads', 'first query gzip KB'],
  search.map((s) => [s.query, s.results, s.firstMs.toFixed(0), s.warmMedianMs.toFixed(0), `${s.firstSearchRequests} requests`, kb(s.firstSearchGzip)]),
)}`);

const all = [real, ...generated];
sections.push(`## Build time and output size

Each build in a fresh temporary copy (no cache from an earlier build): \`astro build\`, then
\`pagefind --site dist\`. Generated articles are valid by every rule, about as long as a real one,
and cite the real sources; they are written only into the temporary copy.

${table(
  ['site', 'articles', 'pages', 'astro build s', 'Pagefind s', 'total s', 'ms per page', 'dist MB', 'Pagefind index MB'],
  all.map((b) => [
    b.label,
    b.articles,
    b.pages,
    seconds(b.astroSeconds),
    seconds(b.pagefindSeconds),
    seconds(b.astroSeconds + b.pagefindSeconds),
    (((b.astroSeconds + b.pagefindSeconds) * 1000) / b.pages).toFixed(0),
    mb(b.distBytes),
    mb(b.pagefindBytes),
  ]),
)}
${
  generated.length
    ? `\nCost of each added article (against the real site): ${generated
        .map((g) => `${g.label.replace('real site + ', '+')}: ${(((g.astroSeconds + g.pagefindSeconds - real.astroSeconds - real.pagefindSeconds) * 1000) / (g.articles - real.articles)).toFixed(0)} ms and ${kb((g.distBytes - real.distBytes) / (g.articles - real.articles))} KB`)
        .join('; ')}.`
    : ''
}`);

const chromiumVersion = execFileSync(CHROME, ['--version'], { encoding: 'utf8' }).trim();
const header = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}; run it again when a change moves these figures.
Machine: ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromiumVersion}.
The whole run took ${((Date.now() - started) / 60000).toFixed(1)} minutes; load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end
(above ${availableParallelism()} means other work was competing for the cores, and times are inflated).`;

const report = `${header}\n\n${sections.join('\n\n')}\n`;
mkdirSync(join(PROJECT_ROOT, 'docs'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'docs', 'benchmarks.md'), report);
console.log(report);
if (!existsSync(join(DIST, 'index.html'))) process.exitCode = 1;
