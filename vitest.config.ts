/// <reference types="vitest/config" />
/**
 * Three test projects:
 *   unit     schemas, pure modules, components (Astro Container API) and fixture builds
 *   build    checks of the real site as built in dist/ (no browser)
 *   browser  a real Chromium (playwright-core) against the built site served locally
 * getViteConfig gives unit tests Astro's virtual modules (astro:content) and .astro compilation.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and the server shares them.
          fileParallelism: false,
        },
      },
    ],
  },
});
