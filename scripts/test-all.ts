/**
 * `npm test`: every check, in order, each stage timed, with one closing line `N passed, N failed`.
 *   1. type checks (astro check)            one check
 *   2. unit tests (tests/unit, no build)     one per test
 *   3. the build (npm run build)             one check (content rules, search index, link check)
 *   4. the content check (reading grade)     one check
 *   5. build tests (tests/build: fixture     one per test
 *      builds and checks of dist/)
 *   6. browser tests (tests/browser, Chromium against dist/)   one per test
 * Every step runs with SITE_TODAY pinned (scripts/lib/pinned-today.ts), so the result is the same
 * on any date: what the calendar changes is checked by fixture builds and by `npm run review`.
 * A step that fails still lets the later independent steps run, so one run shows every problem;
 * the browser tests need the build and are skipped (counted as failed) when it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { PINNED_TODAY } from './lib/pinned-today.ts';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const summary: string[] = [];
const startedAll = Date.now();
const loadAtStart = loadavg()[0];

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, SITE_TODAY: PINNED_TODAY, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  // The load average after each stage: above the number of cores, other work competed for them.
  summary.push(`${ok ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s, load average ${loadavg()[0].toFixed(1)})`);
  return ok;
}

function step(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

/** Run a Vitest project and count its tests from the JSON report. */
function vitest(project: string): void {
  const report = join(reports, `vitest-${project}.json`);
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed += 1;
    summary.push(`✗ ${project} tests wrote no report`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTests: number };
  passed += json.numPassedTests;
  // Skipped or todo tests count as failures: nothing may hide behind a skip.
  const notPassed = json.numTotalTests - json.numPassedTests;
  failed += notPassed;
  if (json.numTotalTests === 0 || (!ok && notPassed === 0)) failed += 1;
}

step('type checks', 'npx', ['astro', 'check']);
vitest('unit');
const built = step('build with search index', 'npm', ['run', 'build']);
if (built) {
  step('content check (reading grade)', 'npm', ['run', 'content']);
  vitest('build');
  vitest('browser');
} else {
  failed += 3;
  summary.push('✗ content check, build and browser tests not run: the build failed');
}

summary.push(`  total ${((Date.now() - startedAll) / 1000).toFixed(1)} s (load average ${loadAtStart.toFixed(1)} at the start)`);
console.log(`\nStages:\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
