/**
 * Before the browser tests: make sure Chromium and poppler's PDF tools exist (installing them
 * where allowed) and serve the built site with its real security headers on a free port.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { startPreview } from '../../scripts/lib/preview-server.ts';
import { findPopplerTools } from './printed-pdf.ts';

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
  const { close, url } = await startPreview();
  project.provide('baseUrl', url);
  project.provide('chromePath', chromePath);
  return close;
}
