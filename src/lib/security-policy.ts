/**
 * The security policy, defined once. astro.config.mjs puts the CSP directives in every page's
 * meta tag (Astro adds script and style hashes); public/_headers carries the same policy as HTTP
 * headers, plus what only headers can do (frame-ancestors, HSTS...). A unit test keeps the two
 * in step, and the local server (scripts/serve.ts) applies public/_headers so browser tests run
 * under the real policy.
 */

/** Directives besides script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind runs its search index in a worker it may create from a blob.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Script sources: our own files and Pagefind's WebAssembly. No 'unsafe-inline'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** The whole policy as one header value (the meta tag also lists hashes, which it may). */
export function cspHeader(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    // Only an HTTP header can stop other sites framing the page (clickjacking).
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for every path. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** public/_headers in the format Netlify, Cloudflare Pages and others read. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `# Generated from src/lib/security-policy.ts; a unit test checks this file matches it.\n/*\n${lines.join('\n')}\n`;
}

/** Parse a _headers file: path patterns with indented "Name: value" lines. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      if (at > 0 && rules.length) rules[rules.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Whether a _headers path pattern (with * as a wildcard) matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}
