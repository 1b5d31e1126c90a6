/**
 * The security policy in Chromium, on the built site served with its real headers
 * (Astro's preview server, scripts/lib/preview-server.ts, sends the policy's headers on every response, as a static host does from dist/_headers):
 *   - every page carries every security header and the policy in its meta tag, and breaks no rule;
 *   - the policy bites: injected inline script, inline event handlers, eval, another host's
 *     script and framing are all refused;
 *   - search works under it;
 *   - no request leaves the site across a visit to every page and a search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CSP_DIRECTIVES, securityHeaders } from '../../src/lib/security-policy.ts';
import { allPagePaths, baseUrl, open, reusedPages, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const MISSING_PAGE = '/this-page-does-not-exist/';

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every request from the page and its workers. */
  requests: string[];
  /** Requests to any other origin (data: and blob: URLs are in-page). */
  offsite: () => string[];
  /** securitypolicyviolation events seen in the page so far. */
  violations: () => Promise<string[]>;
}

/** A page that records its requests (context-wide, so workers count) and policy violations. */
async function watched(): Promise<Watched> {
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`));
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  return {
    context,
    page,
    requests,
    offsite: () => requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

/** The meta tag's policy as directive -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

// Up to the browser project's maxConcurrency pages at once, each page handed on to the next test
// (site.ts, reusedPages) with its request list emptied.
describe.concurrent('every page', () => {
  const pages = reusedPages(watched, ({ requests }) => {
    requests.length = 0;
  });
  it.for(allPagePaths())('%s has every security header and the meta policy, and breaks no rule', async (path, { expect }) => {
    const opened = await pages.take();
    const { page, offsite, violations } = opened;
    const response = await open(page, path);
    expect(response?.status()).toBe(path === MISSING_PAGE ? 404 : 200);

    const headers = response!.headers();
    for (const [name, value] of Object.entries(securityHeaders())) expect(headers[name.toLowerCase()], name).toBe(value);

    const metas = page.locator('meta[http-equiv="content-security-policy"]');
    expect(await metas.count()).toBe(1);
    const policy = parsePolicy((await metas.getAttribute('content')) ?? '');
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...sources] = directive.split(' ');
      expect(policy.get(name), name).toEqual(sources);
    }
    // Our own files, Pagefind's WebAssembly, and hashes Astro computed; nothing inline or eval.
    const [self, wasm, ...hashes] = policy.get('script-src') ?? [];
    expect([self, wasm]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const source of hashes) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(policy.get('style-src')?.[0]).toBe("'self'");
    expect(policy.get('style-src')?.slice(1).every((source) => /^'sha256-/.test(source))).toBe(true);

    // Nothing in the markup that only an inline allowance would let run.
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test((s as HTMLScriptElement).type)).length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      styleAttributes: document.querySelectorAll('[style]').length,
    }));
    expect(inline).toEqual({ scripts: 0, handlers: 0, styleAttributes: 0 });

    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(offsite()).toEqual([]);
    await pages.give(opened);
  });
});

describe('the policy bites', () => {
  it('refuses injected inline script, inline handlers, eval and another host’s script', async () => {
    const { context, page, violations } = await watched();
    await open(page, '/');

    // page.addScriptTag adds a real <script> element to the page, as an injection would.
    await page.addScriptTag({ content: 'window.injectedRan = true;' }).catch(() => undefined);
    await page.addScriptTag({ url: 'https://elsewhere.example/evil.js' }).catch(() => undefined);
    const outcome = await page.evaluate(async () => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.handlerRan = true');
      img.src = 'data:image/png;base64,broken';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      let evalResult: string;
      try {
        evalResult = String(eval('"eval ran"'));
      } catch (error) {
        evalResult = (error as Error).name;
      }
      const w = window as unknown as { injectedRan?: boolean; handlerRan?: boolean };
      return { injectedRan: w.injectedRan ?? false, handlerRan: w.handlerRan ?? false, evalResult };
    });
    expect(outcome).toEqual({ injectedRan: false, handlerRan: false, evalResult: 'EvalError' });

    const seen = await violations();
    expect(seen).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
    expect(seen).toContainEqual(expect.stringMatching(/^script-src-elem blocked https:\/\/elsewhere\.example/));
    expect(seen).toContainEqual(expect.stringMatching(/^script-src-attr blocked inline/));
    expect(seen).toContainEqual(expect.stringMatching(/^script-src blocked eval/));
    await context.close();
  });

  it('refuses to be framed (frame-ancestors, an HTTP header only)', async () => {
    const { context, page } = await watched();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
    });
    await page.setContent(`<iframe src="${baseUrl()}/" title="framed"></iframe>`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    // The refused frame holds the browser's own error page, not the site.
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    expect(framed?.url()).toMatch(/^chrome-error:/);
    await context.close();
  });
});

describe('under the policy', () => {
  it('search returns results, loading Pagefind’s WebAssembly, with no violation', async () => {
    const { context, page, requests, offsite, violations } = await watched();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await open(page, '/search/?q=ketamine');
    await page.locator('.search-status').filter({ hasText: /\d+ results? for/ }).waitFor();
    expect(await page.locator('.search-results > li').count()).toBeGreaterThan(0);
    expect(requests.some((url) => /\/pagefind\/.*wasm/.test(url))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite()).toEqual([]);
    await context.close();
  });

  it('no request leaves the site across every page and a search', async () => {
    const { context, page, requests, offsite } = await watched();
    for (const path of allPagePaths()) await open(page, path);
    await open(page, '/');
    await page.locator('#header-q').fill('Spravato');
    await page.locator('#header-q').press('Enter');
    await page.locator('.search-status').filter({ hasText: /\d+ results? for/ }).waitFor();
    await page.waitForLoadState('networkidle');
    // The watch saw the visit (pages, styles, the search index), so an empty list below means something.
    expect(requests.length).toBeGreaterThan(allPagePaths().length + 5);
    expect(offsite()).toEqual([]);
    await context.close();
  });
});
