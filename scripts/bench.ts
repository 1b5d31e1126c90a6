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
 *   3. Search: bytes a first search downloads, and the time from submitting a query to results
 *      on screen, first (cold) and repeated (warm).
 *   4. Lighthouse (mobile, its default) on the home page, an article and the search page.
 *   5. Build time and size for the real site plus 1,000 and 5,000 generated articles, in
 *      temporary copies (never in content/), with the cost per added article at each size: it
 *      should stay flat (budget: 1,000 generated articles build in 25 s or less).
 *
 *   npm run bench                          everything (about 5 minutes on two cores)
 *   npm run bench -- --builds              only the build figures (steps 1 and 5, about 2 minutes)
 *   BENCH_SIZES=1000 npm run bench         other generated sizes (0 to skip step 5)
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

const BUDGET = { articleGzipKB: 20, thousandArticlesSeconds: 25 };
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
const scores: LighthouseScores[] = [];
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
    log('search timing');
    search.push(await searchTiming(browser, base, 'ketamine'), await searchTiming(browser, base, 'Spravato'));
  } finally {
    await browser.close();
  }

  const article = articlePaths.has('/is-ketamine-addictive/') ? '/is-ketamine-addictive/' : [...articlePaths].sort()[0];
  // The search page twice: as it first opens, and running a query (Pagefind loads on the first query).
  const lighthousePaths = ['/', article, '/search/', '/search/?q=ketamine'];
  try {
    for (const path of lighthousePaths) {
      log(`lighthouse ${path}`);
      scores.push(await lighthouse(base, path));
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
  const overWeight = articles.filter((w) => w.gzipTotal >= BUDGET.articleGzipKB * 1024);

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
