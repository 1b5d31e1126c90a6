/**
 * Serves the built site (dist/) the way a static host would: the security headers from
 * dist/_headers (a copy of public/_headers), 404.html for missing pages, no caching.
 *   npm start                 build, then serve on http://localhost:4321
 *   PORT=0 node scripts/serve.ts  any free port (printed on the first line)
 * Also exported as startServer() for the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile, patternMatches } from '../src/lib/security-policy.ts';

export const DIST = join(import.meta.dirname, '..', 'dist');

export async function startServer(port = 4321, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
  const headersPath = join(DIST, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFound = readFileSync(join(DIST, '404.html'));
  const assets = sirv(DIST, { dev: true, etag: false, extensions: ['html'] });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules) if (patternMatches(rule.pattern, path)) for (const [name, value] of Object.entries(rule.headers)) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}` };
}

if (import.meta.filename === process.argv[1]) {
  const { url } = await startServer(Number(process.env.PORT ?? 4321), process.env.HOST ?? '127.0.0.1');
  console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`);
}
