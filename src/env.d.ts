/// <reference types="astro/client" />
import type { PageContext } from './lib/page-context.ts';

declare global {
  namespace App {
    interface Locals {
      /** Set by the page route before rendering MDX; read by <Cite> and <Term>. */
      page?: PageContext;
    }
  }
}
