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
  await cache.addAll(stylesheetsIn(html).filter((href) => href.startsWith('/_astro/')));
}

/** A listed page, opened without a query string: the only requests this worker answers for. */
const isOfflinePage = (url) => url.origin === self.location.origin && !url.search && pages.has(url.pathname);

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
      // The visit that installed the worker happened before it ran: save that page now.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        const url = new URL(client.url);
        if (!isOfflinePage(url)) continue;
        const response = await fetch(url.pathname).catch(() => undefined);
        if (response?.ok) await savePage(url.pathname, response);
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
