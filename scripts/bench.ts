/**
 * `npm run bench`: the site's performance figures, printed as tables and written to
 * docs/benchmarks.md with the command and the date. Figures, not tests: budgets are printed next
 * to what they limit, and nothing here fails because a machine was slow.
 *
 *   1. The real site's build (`npm run build`: astro build with its Pagefind index), output and
 *      index size.
 *   2. Page weight on first load, in Chromium with an empty cache: bytes by type (HTML, CSS, JS,
 *      fonts, images, other), raw and gzip, and the number of requests, for every page.
 *      Budgets: every word of an article shows with JavaScript off, and its first load stays
 *      under 20 KB gzip in all.
 *   3. Search: bytes and requests a first search downloads (Pagefind included), and the time from
 *      pressing Enter to the first result, for a few queries; the search budgets from issue 11.
 *   4. Lighthouse (mobile, its default) on the home page, an article and the search page (empty
 *      and with a query), with LCP, TBT, layout shift (CLS) and the load average. The search page
 *      with a query (a budget) runs 3 times and reports the median, as the shared machine is noisy.
 *   5. Build time and size for the real site plus 1,000 and 5,000 generated articles, in
 *      temporary copies (never in content/), with the cost per added article at each size: it
 *      should stay flat (budget: 1,000 generated articles build in 25 s or less).
 *
 *   6. Per article, as a reader on a phone meets it: first-load KB gzip next to its floor (the
 *      same text as a bare page with no chrome), phone screens at 390x844 and visible words.
 *   7. Offline pages: what the first visit downloads after the page itself has loaded (the
 *      service worker must keep the copy it already has, not download the page again).
 *
 *   npm run bench                          everything (about 5 minutes on two cores)
 *   npm run bench -- --builds              only the build figures (steps 1 and 5, about 2 minutes)
 *   BENCH_SIZES=1000 npm run bench         other generated sizes (0 to skip step 5)
 *   BENCH_LIGHTHOUSE=0 npm run bench       skip step 4 (the slowest; for a quick look at weights)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync, constants as zlib } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { htmlPages, urlPathOf } from './lib/built-site.ts';
import { writeGeneratedArticles } from './lib/generated-articles.ts';
import { createTempSite, PROJECT_ROOT, runInTempSite } from './lib/temp-site.ts';
import { startPreview } from './lib/preview-server.ts';
import { PINNED_TODAY } from './lib/pinned-today.ts';

// The same site on any day: every build below reads this (src/schemas/dates.ts).
process.env.SITE_TODAY ??= PINNED_TODAY;

const BUDGET = { articleGzipKB: 15, thousandArticlesSeconds: 25, medianScreens: 14, maxScreens: 18, medianWords: 1800, maxWords: 2400 };
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number).filter((n) => n > 0);
const BUILDS_ONLY = process.argv.includes('--builds');
const DIST = join(PROJECT_ROOT, 'dist');
// Only the browser measurements need Chromium (findChromium may install it).
const CHROME = BUILDS_ONLY ? '' : (process.env.CHROME_PATH ?? findChromium());
if (CHROME) process.env.CHROME_PATH = CHROME;

const within = (ok: boolean) => (ok ? 'within budget' : '**OVER BUDGET**');
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
  /** The whole `npm run build`, Pagefind included. */
  seconds: number;
  /**
   * CPU time (user + system) of the build and every process and thread it ran. On a shared machine
   * wall-clock time grows with other people's work; CPU time much less, so it is the figure to
   * compare across sizes when the load average is high.
   */
  cpuSeconds: number;
  /** Of which the search index. */
  pagefindSeconds: number;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

/** `npm run build` in `root`, as a writer runs it; the search-index step's own time is read from its log line. */
async function timedBuild(root: string, label: string): Promise<BuildFigures> {
  // The shell's `times` prints the CPU time of its finished children (npm, astro, Pagefind).
  const build = await runInTempSite(root, 'sh', ['-c', 'npm run build; status=$?; times; exit $status']);
  if (build.status !== 0) throw new Error(`${label}: npm run build failed:\n${build.output.split('\n').slice(-30).join('\n')}`);
  const pagefindSeconds = Number(build.output.match(/\[search-index\] search index: \d+ pages \(dist\/pagefind\/\) in ([\d.]+) s/)?.[1] ?? NaN);
  const dist = join(root, 'dist');
  const index = folderBytes(join(dist, 'pagefind'));
  const [, children] = build.output.trim().split('\n').slice(-2);
  const cpu = [...(children ?? '').matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, m, sec]) => sum + Number(m) * 60 + Number(sec), 0);
  return {
    label,
    cpuSeconds: cpu,
    articles: readdirSync(join(root, 'content', 'articles')).filter((name) => name.endsWith('.mdx')).length,
    seconds: build.seconds,
    pagefindSeconds,
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

interface PhoneFigures {
  path: string;
  /** The article's text (what it says, references and definitions included) as a bare page, gzip. */
  floorGzip: number;
  /** Phone screens from the top of the page to the end of the article's own text (390x844). */
  screens: number;
  /** Words visible on that phone with JavaScript off (innerText honours collapsed parts). */
  words: number;
  /** The collapsed reference list's markup on its own, gzip: the largest single part of a page. */
  referencesGzip: number;
}

/**
 * How long an article is on a phone, and the least it could weigh. The floor is the text of the
 * <article> element (every word it holds, shown or collapsed) with whitespace collapsed, in a
 * page with nothing else: a doctype, a charset, a title and one <body>.
 */
async function phoneFigures(browser: Browser, base: string, path: string): Promise<PhoneFigures> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const { title, text, words, height, references } = await page.evaluate(() => {
    const article = document.querySelector<HTMLElement>('article')!;
    const copy = article.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll('script, style, template')) element.remove();
    return {
      title: document.title,
      text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
      words: article.innerText.split(/\s+/).filter(Boolean).length,
      height: article.getBoundingClientRect().bottom + window.scrollY,
      references: document.querySelector('details.references')?.outerHTML ?? '',
    };
  });
  await context.close();
  const bare = `<!doctype html><meta charset="utf-8"><title>${title}</title><body>${text}</body>`;
  return { path, floorGzip: gzipSize(Buffer.from(bare)), screens: height / 844, words, referencesGzip: references ? gzipSize(Buffer.from(references)) : 0 };
}

/**
 * A page kept for offline reading, on a reader's first visit: requests made after the page has
 * loaded (the service worker's own script is expected; the page or its stylesheet again is not).
 * Counted on the browser context, which also sees the service worker's requests.
 */
async function offlineFirstVisit(browser: Browser, base: string, path: string): Promise<{ path: string; after: string[]; afterGzip: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let loaded = false;
  const after: Promise<{ url: string; size: number }>[] = [];
  context.on('response', (response) => {
    if (loaded) after.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, size: gzipSize(body) }), () => ({ url: new URL(response.url()).pathname, size: 0 })));
  });
  await page.goto(base + path, { waitUntil: 'load' });
  loaded = true;
  await page.evaluate(() => navigator.serviceWorker?.ready);
  // Give the worker time to finish what it does on activation.
  await page.waitForTimeout(1500);
  const files = await Promise.all(after);
  await context.close();
  return { path, after: files.map((f) => f.url), afterGzip: files.reduce((sum, f) => sum + f.size, 0) };
}

// ---------------------------------------------------------------- 3. search

interface SearchFigures {
  query: string;
  firstMs: number;
  warmMedianMs: number;
  results: number;
  firstSearchRequests: number;
  firstSearchRaw: number;
  firstSearchGzip: number;
  /** The whole search page opened with the query in its address (#q=), empty cache: page, styles, scripts and search. */
  withPageRequests: number;
  withPageGzip: number;
}

/** Issue 11: the first query, Pagefind's own files included, stays within these. */
const SEARCH_BUDGET = { gzipKB: 150, requests: 12, lighthousePerformance: 95, cls: 0.1 };

/**
 * A reader's first query on a freshly opened search page (empty cache): everything it downloads
 * (Pagefind's script, WebAssembly, index chunks, the first results' fragments, the search profile),
 * and the time from pressing Enter to the first result on screen; then warm queries on the same page.
 */
async function searchTiming(browser: Browser, base: string, query: string, repeats = 5): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  const fetched: Promise<Buffer>[] = [];
  page.on('response', (response) => fetched.push(response.body().catch(() => Buffer.alloc(0))));
  const input = page.locator('#page-q');
  const status = page.locator('.search-status');
  const firstResult = page.locator('.search-results > li').first();

  /** Enter `q` and wait until its first result is on screen; milliseconds in between. */
  const timeQuery = async (q: string) => {
    await page.locator('.search-results').evaluate((list) => list.replaceChildren());
    await status.evaluate((element) => (element.textContent = ''));
    // Typed in one go (fill) then Enter, so the typing pause does not count.
    await input.fill(q);
    const started = performance.now();
    await input.press('Enter');
    await firstResult.waitFor();
    const ms = performance.now() - started;
    await status.filter({ hasText: /results? for/ }).waitFor();
    return ms;
  };

  const firstMs = await timeQuery(query);
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(fetched);
  const firstSearchRequests = bodies.length;
  const firstSearchRaw = bodies.reduce((a, b) => a + b.length, 0);
  const firstSearchGzip = bodies.reduce((a, b) => a + gzipSize(b), 0);
  const results = Number((await status.textContent())?.match(/^(\d+)/)?.[1] ?? 0);
  const warm: number[] = [];
  for (let i = 0; i < repeats; i += 1) warm.push(await timeQuery(i % 2 ? query : `${query} treatment`));
  warm.sort((a, b) => a - b);
  await context.close();
  const withPage = await searchPageWithQuery(browser, base, query);
  return { query, firstMs, warmMedianMs: warm[Math.floor(warm.length / 2)], results, firstSearchRequests, firstSearchRaw, firstSearchGzip, withPageRequests: withPage.requests, withPageGzip: withPage.gzip };
}

/** Everything a reader downloads who opens /search/#q=<query> with an empty cache, until the results are in. */
async function searchPageWithQuery(browser: Browser, base: string, query: string): Promise<{ requests: number; gzip: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const fetched: Promise<Buffer>[] = [];
  page.on('response', (response) => fetched.push(response.body().catch(() => Buffer.alloc(0))));
  await page.goto(`${base}/search/#q=${encodeURIComponent(query)}`);
  await page.locator('.search-status').filter({ hasText: /results? for/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(fetched);
  await context.close();
  return { requests: bodies.length, gzip: bodies.reduce((a, b) => a + gzipSize(b), 0) };
}

// ---------------------------------------------------------------- 4. Lighthouse

interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Cumulative layout shift as Lighthouse measured it. */
  cls: number;
  /** Largest contentful paint and total blocking time, ms (simulated phone). */
  lcpMs: number;
  tbtMs: number;
  /** The machine's 1-minute load average when this run started (above the core count, scores drop). */
  load: number;
}

/** Lighthouse runs per search page with a query; the median by performance is reported. */
const LIGHTHOUSE_RUNS = 3;

async function lighthouse(base: string, path: string): Promise<LighthouseScores> {
  // The CLI launches its own Chromium (CHROME_PATH) and, by default, emulates a mid-range phone
  // on a throttled mobile connection. It runs as a child process without blocking this one,
  // whose event loop is serving the pages it loads.
  const load = loadavg()[0];
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
  const lhr = JSON.parse(readFileSync(output, 'utf8')) as { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }>; runtimeError?: { message: string } };
  rmSync(dirname(output), { recursive: true, force: true });
  if (lhr.runtimeError) throw new Error(`lighthouse ${path}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: audit('cumulative-layout-shift'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    load,
  };
}

/**
 * Lighthouse's simulated phone multiplies the main-thread time it observes, so other work on a
 * shared machine lowers its score. A page whose score is a budget runs LIGHTHOUSE_RUNS times: the
 * median run is reported, with every run's score and the load average it started at.
 */
async function lighthouseMedian(base: string, path: string): Promise<LighthouseScores & { runs: LighthouseScores[] }> {
  const runs: LighthouseScores[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await lighthouse(base, path));
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return { ...sorted[Math.floor(sorted.length / 2)], runs };
}

// ---------------------------------------------------------------- run

const started = Date.now();
// Other work on the machine slows builds and browsers; the report says how busy it was.
const loadAtStart = loadavg()[0];
const sections: string[] = [];

log('building the real site (npm run build, search index included)');
const realSite = createTempSite(join(PROJECT_ROOT, 'content'), 'bench-real');
let real: BuildFigures;
try {
  real = await timedBuild(realSite.root, 'real site');
} finally {
  realSite.remove();
}
const weights: PageWeight[] = [];
const search: SearchFigures[] = [];
const noJs: { path: string; on: number; off: number }[] = [];
const phone: PhoneFigures[] = [];
const offline: { path: string; after: string[]; afterGzip: number }[] = [];
const scores: (LighthouseScores & { runs?: LighthouseScores[] })[] = [];
if (!BUILDS_ONLY) {
  // The project's own dist/ for the browser measurements, built the way `npm run build` does.
  log('npm run build (dist/ for the browser measurements)');
  execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

  const articlePaths = new Set(readdirSync(join(PROJECT_ROOT, 'content', 'articles')).filter((n) => n.endsWith('.mdx')).map((n) => `/${n.slice(0, -4)}/`));
  const paths = htmlPages(DIST)
    .map((file) => urlPathOf(file))
    .filter((path) => path !== '/404.html')
    .sort();
  const { close: closeServer, url: base } = await startPreview();
  const browser = await launchChromium();
  try {
    log(`page weight of ${paths.length} pages`);
    for (const path of paths) weights.push(await pageWeight(browser, base, path, articlePaths.has(path)));
    log('article text with JavaScript off');
    for (const path of paths.filter((p) => articlePaths.has(p))) {
      noJs.push({ path, on: await visibleWords(browser, base, path, true), off: await visibleWords(browser, base, path, false) });
    }
    log('article length on a phone, and its floor');
    for (const path of paths.filter((p) => articlePaths.has(p))) phone.push(await phoneFigures(browser, base, path));
    log('offline pages: the first visit');
    const offlinePaths = JSON.parse(/const OFFLINE_PAGES = (.*);/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))?.[1] ?? '[]') as string[];
    for (const path of offlinePaths) offline.push(await offlineFirstVisit(browser, base, path));
    log('search timing');
    for (const query of ['ketamine', 'Spravato', 'is ketamine legal', 'k hole']) search.push(await searchTiming(browser, base, query));
  } finally {
    await browser.close();
  }

  const article = articlePaths.has('/is-ketamine-addictive/') ? '/is-ketamine-addictive/' : [...articlePaths].sort()[0];
  // The search page as it first opens, and running a query (Pagefind loads on the first query).
  const lighthousePaths = ['/', article, '/search/', '/search/?q=ketamine', '/search/?q=is+ketamine+legal'];
  try {
    for (const path of LIGHTHOUSE ? lighthousePaths : []) {
      const budgeted = path.startsWith('/search/?q=');
      log(`lighthouse ${path}${budgeted ? ` (${LIGHTHOUSE_RUNS} runs)` : ''}`);
      scores.push(budgeted ? await lighthouseMedian(base, path) : await lighthouse(base, path));
    }
  } finally {
    await closeServer();
  }
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

if (!BUILDS_ONLY) {
  const articles = weights.filter((w) => w.article);
  const heaviestArticle = articles.reduce((a, b) => (b.gzipTotal > a.gzipTotal ? b : a), articles[0]);
  const articleJs = Math.max(0, ...articles.map((w) => w.raw.JS));
  const articleJsGzip = Math.max(0, ...articles.map((w) => w.gzip.JS));
  const readableOff = noJs.filter((n) => n.on > 0 && n.off >= n.on);
  const overWeight = articles.filter((w) => w.gzipTotal > BUDGET.articleGzipKB * 1024);

  sections.push(`## Budgets

  | budget | figure | status |
  | --- | --- | --- |
  | reading an article needs no JavaScript | ${readableOff.length} of ${noJs.length} articles show all their words with JavaScript off (the scripts every page loads, ${kb(articleJs)} KB or ${kb(articleJsGzip)} KB gzip, only add controls) | ${within(readableOff.length === noJs.length && noJs.length > 0)} |
  | an article's first load at most ${BUDGET.articleGzipKB} KB gzip in all | ${articles.length - overWeight.length} of ${articles.length} articles within; heaviest ${kb(heaviestArticle.gzipTotal)} KB gzip (${heaviestArticle.path}) | ${within(overWeight.length === 0)} |

  Words visible per article with JavaScript on / off: ${noJs.map((n) => `${n.path} ${n.on}/${n.off}`).join(', ')}.`);

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const medianScreens = median(phone.map((p) => p.screens));
  const medianWords = median(phone.map((p) => p.words));
  sections.push(`## Articles on a phone

  Per article: first load (Chromium, empty cache, every request) in KB gzip; its floor, the same
  text as a bare page with no chrome (the <article>'s text in a doctype, a title and a body, gzip);
  what the first load is made of (the HTML alone; stylesheets, scripts and the icon; and the
  collapsed reference list's markup on its own, all gzip); phone screens from the top of the page
  to the end of the article at 390x844; and the words visible there with JavaScript off. Budgets: first load ${BUDGET.articleGzipKB} KB gzip or less; screens median
  ${BUDGET.medianScreens} or fewer and none over ${BUDGET.maxScreens}; words median ${BUDGET.medianWords.toLocaleString('en-US')} or fewer and none over ${BUDGET.maxWords.toLocaleString('en-US')}.

  ${table(
    ['article', 'first load KB gzip', 'floor KB gzip', 'over floor KB', 'HTML KB gzip', 'CSS, JS, icon KB gzip', 'references KB gzip', 'screens', 'visible words'],
    phone.map((p) => {
      const weight = articles.find((w) => w.path === p.path)!;
      return [p.path, `${kb(weight.gzipTotal)}${weight.gzipTotal > BUDGET.articleGzipKB * 1024 ? ' **over**' : ''}`, kb(p.floorGzip), kb(weight.gzipTotal - p.floorGzip), kb(weight.gzip.HTML), kb(weight.gzipTotal - weight.gzip.HTML), kb(p.referencesGzip), p.screens.toFixed(2), p.words];
    }),
  )}

  Median: ${kb(median(articles.map((w) => w.gzipTotal)))} KB gzip (floor ${kb(median(phone.map((p) => p.floorGzip)))} KB), ${medianScreens.toFixed(2)} screens (${within(medianScreens <= BUDGET.medianScreens && phone.every((p) => p.screens <= BUDGET.maxScreens))}), ${medianWords} words (${within(medianWords <= BUDGET.medianWords && phone.every((p) => p.words <= BUDGET.maxWords))}).

  ## Offline pages on the first visit

  What a page kept for offline reading downloads after it has loaded, on a reader's first visit
  (the service worker's script is expected; the page or its stylesheet a second time is not).

  ${table(
    ['page', 'requests after load', 'what', 'gzip KB'],
    offline.map((o) => [o.path, o.after.length, o.after.join(', ') || 'nothing', kb(o.afterGzip)]),
  )}`);

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

  if (scores.length) sections.push(`## Lighthouse (mobile)

  Lighthouse ${JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version}, default mobile settings (emulated phone, simulated slow 4G), against the local server with the real headers.

${table(
  ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'load average'],
  scores.map((s) => [s.path, s.performance, s.accessibility, s.bestPractices, s.seo, s.lcpMs.toFixed(0), s.tbtMs.toFixed(0), s.cls.toFixed(3), s.load.toFixed(1)]),
)}

The search pages with a query (a budget below) ran ${LIGHTHOUSE_RUNS} times; the row is the median run. Every run, as
performance / TBT ms / CLS at load average: ${scores
  .filter((s) => s.runs)
  .map((s) => `${s.path}: ${s.runs!.map((r) => `${r.performance} / ${r.tbtMs.toFixed(0)} / ${r.cls.toFixed(3)} at ${r.load.toFixed(1)}`).join('; ')}`)
  .join(' — ')}.`);

const searchScores = scores.filter((s) => s.path.startsWith('/search/?q='));
const heaviestSearch = search.reduce((a, b) => (b.firstSearchGzip > a.firstSearchGzip ? b : a), search[0]);
const mostRequests = Math.max(...search.map((s) => s.firstSearchRequests));
sections.push(`## Search

The Pagefind index for the real site: ${mb(real.pagefindBytes)} MB in ${real.pagefindFiles} files (a search downloads only the parts it needs).
Each query on a freshly opened search page (empty cache, 390 px wide): what the first query downloads, Pagefind's own
files included, and the time from pressing Enter to the first result on screen, in Chromium on this machine (no network
throttling); warm is the median of 5 more queries on the same page.

| budget (issue 11) | figure | status |
| --- | --- | --- |
| first query ≤ ${SEARCH_BUDGET.gzipKB} KB gzip | heaviest ${kb(heaviestSearch.firstSearchGzip)} KB gzip (${kb(heaviestSearch.firstSearchRaw)} KB raw, “${heaviestSearch.query}”) | ${within(heaviestSearch.firstSearchGzip <= SEARCH_BUDGET.gzipKB * 1024)} |
| first query ≤ ${SEARCH_BUDGET.requests} requests | at most ${mostRequests} | ${within(mostRequests <= SEARCH_BUDGET.requests)} |
| Lighthouse mobile performance ≥ ${SEARCH_BUDGET.lighthousePerformance} on the search page with a query (median of ${LIGHTHOUSE_RUNS} runs) | ${searchScores.map((s) => `${s.path}: ${s.performance} (runs ${s.runs?.map((r) => r.performance).join(', ')})`).join('; ')} | ${searchScores.length ? within(searchScores.every((s) => s.performance >= SEARCH_BUDGET.lighthousePerformance)) : 'not measured (BENCH_LIGHTHOUSE=0)'} |
| layout shift (CLS) < ${SEARCH_BUDGET.cls} there | ${searchScores.map((s) => `${s.path}: ${s.cls.toFixed(3)}`).join(', ')} | ${searchScores.length ? within(searchScores.every((s) => s.cls < SEARCH_BUDGET.cls)) : 'not measured (BENCH_LIGHTHOUSE=0)'} |

${table(
  ['query', 'results', 'to first result ms', 'warm ms (median)', 'first query requests', 'first query KB', 'first query gzip KB', 'page + query requests', 'page + query gzip KB'],
  search.map((s) => [s.query, s.results, s.firstMs.toFixed(0), s.warmMedianMs.toFixed(0), s.firstSearchRequests, kb(s.firstSearchRaw), kb(s.firstSearchGzip), s.withPageRequests, kb(s.withPageGzip)]),
)}

The budgets count what the first query downloads once the search page is open. The last two columns add the page
itself (HTML, styles, the site's and the search page's scripts, the icon), opened with the query in its address.`);
}

const all = [real, ...generated];
/** Milliseconds each generated article adds to the real site's build. */
const perArticle = (g: BuildFigures) => ((g.seconds - real.seconds) * 1000) / (g.articles - real.articles);
const thousand = generated.find((g) => g.articles - real.articles === 1000);
/** CPU milliseconds each generated article adds. */
const cpuPerArticle = (g: BuildFigures) => ((g.cpuSeconds - real.cpuSeconds) * 1000) / (g.articles - real.articles);
const costs = generated.map((g) => `${(g.articles - real.articles).toLocaleString('en-US')} articles: ${perArticle(g).toFixed(1)} ms each (${cpuPerArticle(g).toFixed(1)} ms of CPU)`);
const flatness =
  generated.length > 1
    ? ` (largest / smallest: ${(perArticle(generated.at(-1)!) / perArticle(generated[0])).toFixed(2)}× in time, ${(cpuPerArticle(generated.at(-1)!) / cpuPerArticle(generated[0])).toFixed(2)}× in CPU)`
    : '';
sections.push(`## Build time and output size

Each build in a fresh temporary copy (no cache from an earlier build): \`npm run build\`, which is
\`astro build\` with the Pagefind index and every check. Generated articles are valid by every rule,
about as long as a real one, and cite the real sources; they are written only into the temporary copy.
CPU s is the user and system time of the build and everything it ran (Pagefind's threads included):
on a busy machine it moves much less than the wall-clock time, so compare sizes by it.
Each article page renders in time independent of the number of articles (related pages come from
a topic index, and no rule or page scans every article per article).

${table(
  ['site', 'articles', 'pages', 'build s', 'CPU s', 'of which Pagefind s', 'ms per page', 'dist MB', 'Pagefind index MB'],
  all.map((b) => [b.label, b.articles, b.pages, seconds(b.seconds), seconds(b.cpuSeconds), seconds(b.pagefindSeconds), ((b.seconds * 1000) / b.pages).toFixed(0), mb(b.distBytes), mb(b.pagefindBytes)]),
)}

${thousand ? `Budget: 1,000 generated articles build in ${BUDGET.thousandArticlesSeconds} s or less: ${seconds(thousand.seconds)} s, ${within(thousand.seconds <= BUDGET.thousandArticlesSeconds)}.` : ''}
Cost of each added article over the real site's build: ${costs.join('; ')}${flatness}.`);

const chromiumVersion = CHROME ? execFileSync(CHROME, ['--version'], { encoding: 'utf8' }).trim() : 'no browser (--builds)';
const header = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}; run it again when a change moves these figures.
Machine: ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromiumVersion}.
The whole run took ${((Date.now() - started) / 60000).toFixed(1)} minutes; load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end
(above ${availableParallelism()} means other work was competing for the cores, and times are inflated).`;

const report = `${header}\n\n${sections.join('\n\n')}\n`;
// Only a full run replaces the report; --builds prints its figures.
if (!BUILDS_ONLY) {
  mkdirSync(join(PROJECT_ROOT, 'docs'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'docs', 'benchmarks.md'), report);
}
console.log(report);
if (!BUILDS_ONLY && !existsSync(join(DIST, 'index.html'))) process.exitCode = 1;
