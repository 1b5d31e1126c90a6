/**
 * Service worker for offline reading (served as /sw.js by src/pages/sw.js.ts, which puts the
 * list OFFLINE_PAGES above this code). It keeps the last copy of each listed page the reader has
 * opened, and the stylesheets those pages use, so they can be read with no connection.
 *
 * What it never keeps: any other page, any address with a query string (search words), search
 * itself, or anything about the reader. Copies are keyed by path alone; the site sets no cookies.
 * Listed pages are fetched from the network first, so an online reader always gets the latest.
 */
/* global OFFLINE_PAGES */
const CACHE = 'offline-pages-v1';
const pages = new Set(OFFLINE_PAGES);

/** Stylesheets a saved page links to. Astro names them by content hash, so a copy never goes stale. */
const stylesheetsIn = (html) => [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"?#]+\.css)"/g)].map((match) => match[1]);

async function savePage(path, response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put(path, response);
  // Stylesheet names carry a content hash: one already kept never changes, so it is not fetched again.
  for (const href of stylesheetsIn(html)) if (!(await cache.match(href))) await cache.add(href);
}

/** A listed page, opened without a query string: the only requests this worker answers for. */
const isOfflinePage = (url) => url.origin === self.location.origin && !url.search && pages.has(url.pathname);

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/**
 * The visit that installed the worker happened before it ran. Its page sends what the browser
 * already downloaded (src/scripts/offline-pages.ts), so nothing is fetched a second time. Only
 * a listed page and its own /_astro/ stylesheets are kept.
 */
self.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type !== 'keep-this-page' || event.source?.url === undefined) return;
  const from = new URL(event.source.url);
  if (!isOfflinePage(from) || message.path !== from.pathname || typeof message.html !== 'string') return;
  const stylesheets = (Array.isArray(message.stylesheets) ? message.stylesheets : []).filter(
    (sheet) => typeof sheet?.href === 'string' && typeof sheet.text === 'string' && /^\/_astro\/[^?#]+\.css$/.test(sheet.href),
  );
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // A copy saved from the network on a later visit is newer: keep it.
      if (!(await cache.match(from.pathname))) {
        await cache.put(from.pathname, new Response(message.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
      }
      for (const sheet of stylesheets) {
        if (!(await cache.match(sheet.href))) await cache.put(sheet.href, new Response(sheet.text, { headers: { 'Content-Type': 'text/css; charset=utf-8' } }));
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && isOfflinePage(url)) {
    event.respondWith(
      fetch(request).then(
        (response) => {
          if (response.ok) event.waitUntil(savePage(url.pathname, response.clone()));
          return response;
        },
        async () => (await caches.match(url.pathname)) ?? Response.error(),
      ),
    );
  } else if (url.origin === self.location.origin && url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.css')) {
    event.respondWith(caches.match(url.pathname).then((saved) => saved ?? fetch(request)));
  }
});
