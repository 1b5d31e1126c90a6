/**
 * The day `npm test` builds the site for. Pinned so that no test result depends on the calendar:
 * with the clock at 2030 the suite passes or fails exactly as today. Tests about what changes
 * with time build the fixture site with their own SITE_TODAY (tests/build/dated-content-build.test.ts).
 */
export const PINNED_TODAY = '2026-12-07';
