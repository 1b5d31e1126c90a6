// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import redirectsFile, { isOldAddress } from './src/integrations/redirects-file.ts';
import reviewWarning from './src/integrations/review-warning.ts';
import siteChecks from './src/integrations/site-checks.ts';
import siteUrlCheck from './src/integrations/site-url-warning.ts';
import { SITE } from './src/lib/site.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security-policy.ts';


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
  // redirectsFile before sitemap: it finds the old addresses the sitemap leaves out.
  integrations: [mdx(), redirectsFile(), sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/large-print/') && !isOldAddress(page) }), siteChecks(), reviewWarning(), siteUrlCheck()],
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
