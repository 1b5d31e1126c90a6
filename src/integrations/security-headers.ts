/**
 * Writes dist/_headers (the format Netlify, Cloudflare Pages and others read) from the one
 * security policy, src/lib/security-policy.ts, at build time: nothing is copied by hand.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-policy.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
        logger.info('dist/_headers written from src/lib/security-policy.ts');
      },
    },
  };
}
