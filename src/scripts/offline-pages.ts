/**
 * The pages people need in a hurry (Get help now and the handouts) register a small service
 * worker (src/pages/sw.js.ts) that keeps a copy of them, and of their stylesheet, for reading
 * offline. Other pages do not register it, so most visits install nothing.
 *
 * On the first visit the worker starts after the page has loaded, so it has no copy yet. Rather
 * than have it download the page and its stylesheet a second time, the page hands it what the
 * browser already has: the page as parsed (taken now, before other scripts add their controls)
 * and the text of its stylesheets.
 */
if ('keepOffline' in document.documentElement.dataset && 'serviceWorker' in navigator) {
  const page = { path: location.pathname, html: `<!doctype html>\n${document.documentElement.outerHTML}` };
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const stylesheets = [...document.styleSheets]
        .filter((sheet) => sheet.href && new URL(sheet.href).origin === location.origin)
        .map((sheet) => ({ href: new URL(sheet.href!).pathname, text: [...sheet.cssRules].map((rule) => rule.cssText).join('\n') }));
      registration.active?.postMessage({ type: 'keep-this-page', ...page, stylesheets });
    })
    .catch(() => {
      // Offline copies are a bonus: without them every page still works online.
    });
}
