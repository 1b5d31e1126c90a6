/// <reference types="vitest/config" />
/**
 * Three test projects, by what a test needs (npm test runs them in this order, scripts/test-all.ts):
 *   unit     tests/unit/     no build: schemas, pure modules, the MDX page-facts plugin, components
 *                            (Astro Container API). Seconds.
 *   build    tests/build/    builds: fixture sites built in temporary copies (bad input, redirects,
 *                            dated content) and checks of the real site as built in dist/ (no browser)
 *   browser  tests/browser/  a real Chromium (playwright-core) against dist/ served by Astro's
 *                            preview server; only tests that open a page belong here
 * Helpers shared by tests and scripts are in scripts/lib/ (tests import from there, never the
 * other way round). getViteConfig gives tests Astro's virtual modules and .astro compilation.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Two test files at a time (Vitest's default is one fewer than the cores: one, here). The build
    // tests spend most of their time waiting on fixture builds in child processes, and a file's
    // builds run one or two at a time, so a second file's builds fill the other core meanwhile.
    // The browser tests stay one file at a time (fileParallelism below).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // Fixture builds take tens of seconds each on a busy two-core machine.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One test file at a time, all on the one Chromium global-setup.ts starts: the machine has
          // two cores and the server shares them. Inside a file, describe.concurrent blocks run up
          // to three pages at once.
          fileParallelism: false,
          maxConcurrency: 3,
          // The files run one after another in one worker; without isolation they share its
          // module cache (playwright-core, the site helpers) instead of loading it again per file.
          isolate: false,
        },
      },
    ],
  },
});
