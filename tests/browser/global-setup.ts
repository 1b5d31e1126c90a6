/**
 * Before the browser tests: make sure Chromium exists (installing it where allowed) and serve the
 * built site with its real security headers on a free port.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { startPreview } from '../../scripts/lib/preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  process.env.CHROME_PATH = chromePath;
  const { close, url } = await startPreview();
  project.provide('baseUrl', url);
  project.provide('chromePath', chromePath);
  return close;
}
