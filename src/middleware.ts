/**
 * Before the first page renders, every content rule runs once over the whole site
 * (src/lib/content.ts checkContent): a build with problems stops with one report of them all.
 */
import { defineMiddleware } from 'astro:middleware';
import { checkContent } from './lib/content.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  await checkContent();
  return next();
});
