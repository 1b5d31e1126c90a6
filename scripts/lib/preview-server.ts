/**
 * Serves the built site (dist/) with Astro's own preview server (`preview()` from astro, as
 * Starlight's e2e tests do), for the browser tests and the benchmark. `npm start` runs the same
 * server from the command line (`astro preview`).
 *
 * astro.config.mjs gives the preview server the security headers (`server.headers`), but Vite's
 * preview sends them only with files it finds, not with the 404 page. A static host sends
 * dist/_headers on every response, and tests/browser/security.test.ts checks the 404 too, so the
 * same headers are set on every response before Astro's server handles it.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { securityHeaders } from '../../src/lib/security-policy.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(PROJECT_ROOT, 'dist');

export async function startPreview(port = 0, host = '127.0.0.1'): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
  // Loaded by file URL: inside Vitest's global setup the bare `astro` import resolved to a module
  // without preview() (Vitest runs this file through Astro's Vite config).
  const { preview } = (await import(/* @vite-ignore */ pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'astro', 'dist', 'index.js')).href)) as typeof import('astro');
  const server = await preview({ root: PROJECT_ROOT, server: { port, host }, logLevel: 'warn' });
  const headers = securityHeaders();
  // Astro's static preview returns its Node http.Server as `server` (not in its public type).
  const http = (server as { server?: Server }).server;
  if (!http) throw new Error('astro preview() no longer exposes its http server: find another way to send the headers with the 404 page');
  http.prependListener('request', (_request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  });
  return { url: `http://${host}:${server.port}`, close: () => server.stop() };
}
