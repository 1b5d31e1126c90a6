// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import siteChecks from './src/integrations/site-checks.ts';

/**
 * The Content Security Policy. Astro adds hashes for its own scripts and styles to script-src
 * and style-src; Pagefind's search needs WebAssembly ('wasm-unsafe-eval') and a worker.
 * The same policy, plus what only HTTP headers can carry, is in public/_headers.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "manifest-src 'self'",
];

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ketamine-facts.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), siteChecks()],
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Shiki writes inline styles, which the CSP forbids; the site has no code samples to colour.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX file triggers one harmless MODULE_LEVEL_DIRECTIVE warning ("use astro:head-inject");
        // hiding it keeps real warnings readable.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
