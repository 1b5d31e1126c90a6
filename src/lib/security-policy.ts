/**
 * The security policy, defined once. astro.config.mjs puts the CSP directives in every page's
 * meta tag (Astro adds script and style hashes) and gives the headers to `astro preview`
 * (`server.headers`); src/integrations/security-headers.ts writes them to dist/_headers at
 * build time, with what only headers can do (frame-ancestors, HSTS...). Nothing is kept by hand.
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

/** dist/_headers in the format Netlify, Cloudflare Pages and others read. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `# Generated at build time from src/lib/security-policy.ts (src/integrations/security-headers.ts).\n/*\n${lines.join('\n')}\n`;
}
