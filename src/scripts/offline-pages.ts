/**
 * The pages people need in a hurry (Get help now and the handouts) register a small service
 * worker (src/pages/sw.js.ts) that keeps a copy of them, and of their stylesheet, for reading
 * offline. Other pages do not register it, so most visits install nothing.
 */
if ('keepOffline' in document.documentElement.dataset && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Offline copies are a bonus: without them every page still works online.
  });
}
