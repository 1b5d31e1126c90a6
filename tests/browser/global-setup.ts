/**
 * Before the browser tests: make sure Chromium and poppler's PDF tools exist (installing them
 * where allowed) and serve the built site with its real security headers on a free port.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';
import { findPopplerTools } from './printed-pdf.ts';
import { startServer } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  process.env.CHROME_PATH = chromePath;
  // The print tests read PDFs back with poppler's pdftoppm and pdftotext (tests/browser/printed-pdf.ts).
  findPopplerTools();
  const { server, url } = await startServer(0);
  project.provide('baseUrl', url);
  project.provide('chromePath', chromePath);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
