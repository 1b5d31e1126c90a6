// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import redirectsFile, { isOldAddress } from './src/integrations/redirects-file.ts';
import reviewWarning from './src/integrations/review-warning.ts';
import siteChecks from './src/integrations/site-checks.ts';
import searchIndex from './src/integrations/search-index.ts';
import writeHeadersFile from './src/integrations/security-headers.ts';
import siteUrlCheck from './src/integrations/site-url-warning.ts';
import { pageFactsPlugin } from './src/integrations/mdx-page-facts.ts';
import { SITE } from './src/lib/site.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES, securityHeaders } from './src/lib/security-policy.ts';


export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Scripts and styles as files, never inline, so one fixed policy (meta tag and HTTP header
  // alike) covers every page without per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Two content files that map to the same id (sources/Spravato-Label.yaml and
  // sources/spravato-label.yaml) or two routes that write the same URL stop the build; Astro's
  // default only warns and keeps one of them.
  prerenderConflictBehavior: 'error',
  // redirectsFile before sitemap: it finds the old addresses the sitemap leaves out; searchIndex
  // before siteChecks, so the link check sees the finished dist/ with its search files; the
  // missing-SITE_URL warning last, so it is the build's final word.
  // MDX goes through Astro's own processor (Sätteri) once; the page-facts plugin records each
  // page's citations, terms, sections and word count on the way (src/integrations/mdx-page-facts.ts).
  integrations: [mdx({ processor: satteri({ mdastPlugins: [pageFactsPlugin] }) }), redirectsFile(), sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/large-print/') && !isOldAddress(page) }), writeHeadersFile(), searchIndex(), siteChecks(), reviewWarning(), siteUrlCheck()],
  // `astro preview` sends the same headers a host sends from dist/_headers (browser tests use it).
  server: { headers: securityHeaders() },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // Shiki writes inline styles, which the CSP forbids; the site has no code samples to colour.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // No module-preload helper: it was half of every page's script, to speed up dynamic
      // imports that only run after a search (the highlighter) or on the search page itself.
      modulePreload: false,
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
