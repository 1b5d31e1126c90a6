/**
 * A production build without SITE_URL gives every printed handout, QR code, canonical link and
 * "Cite this page" box the placeholder address, which leads nowhere. Say so loudly, at the start
 * and again at the end of the build where it cannot scroll away. `npm start` builds a local
 * preview and sets SITE_LOCAL_PREVIEW=1, which keeps the placeholder without the warning.
 */
import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_URL } from '../lib/site.ts';

/** The warning for these settings, or undefined when none is needed. */
export function siteUrlWarning(env: { SITE_URL?: string; SITE_LOCAL_PREVIEW?: string }): string | undefined {
  if (env.SITE_URL?.trim() || env.SITE_LOCAL_PREVIEW === '1') return undefined;
  const rule = '!'.repeat(78);
  return [
    rule,
    `SITE_URL is not set: every address in this build shows the placeholder ${PLACEHOLDER_URL}.`,
    'Printed handouts, their QR codes, canonical links, the sitemap, the feed and "Cite this page"',
    'will all point there. Do not deploy this build. Rebuild with the real address, for example:',
    '  SITE_URL=https://your-domain.example npm run build',
    rule,
  ].join('\n');
}

export default function siteUrlCheck(): AstroIntegration {
  const warning = siteUrlWarning(process.env);
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (warning) logger.warn(`\n${warning}`);
      },
      'astro:build:done': ({ logger }) => {
        if (warning) logger.warn(`\n${warning}`);
      },
    },
  };
}
