/**
 * Serves the built site (dist/) the way a static host does, for the browser tests and the
 * benchmarks: files by sirv, missing pages as 404.html, and on every response, the 404 too,
 * the security headers from src/lib/security-policy.ts (what dist/_headers tells a host).
 *
 * Why not `astro preview`: it sends `server.headers` (set in astro.config.mjs, so `npm start`
 * shows the policy) with every file, but not with its 404 page, and the browser tests check
 * the headers on the 404 page too (tests/browser/security.test.ts).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { securityHeaders } from '../../src/lib/security-policy.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export async function startServer(port = 4321, host = '127.0.0.1'): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
  const headers = securityHeaders();
  const notFound = readFileSync(join(DIST, '404.html'));
  const assets = sirv(DIST, { dev: true, etag: false, extensions: ['html'] });
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://${host}:${actualPort}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
