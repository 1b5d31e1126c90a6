/**
 * Before the browser tests: make sure Chromium and poppler's PDF tools exist (installing them
 * where allowed), serve the built site with its real security headers on a free port, and start
 * the one Chromium every test file connects to (tests/browser/site.ts, withBrowser).
 */
import type { TestProject } from 'vitest/node';
import { findChromium, launchChromiumServer } from '../../scripts/lib/chromium.ts';
import { startPreview } from '../../scripts/lib/preview-server.ts';
import { findPopplerTools } from './printed-pdf.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where tests connect to the shared Chromium (playwright-core's chromium.connect). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  process.env.CHROME_PATH = chromePath;
  // The print tests read PDFs back with poppler's pdftoppm and pdftotext (tests/browser/printed-pdf.ts).
  findPopplerTools();
  const { close, url } = await startPreview();
  const chromium = await launchChromiumServer();
  project.provide('baseUrl', url);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await close();
  };
}
