/**
 * A throwaway copy of the site in a temporary folder, for builds that must not touch the
 * project's own dist/ or content cache: the bad-input fixtures and the build benchmarks.
 *
 * The copy has the real build inputs (config, src/, public/) and whatever content/ the caller
 * gives it. node_modules is a real folder of symlinks to each installed package rather than one
 * symlink to the whole folder, because Astro keeps its content data store in
 * node_modules/.astro: one shared symlink would let a fixture build read or overwrite the
 * project's cache.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** What `npm run build` reads, besides content/. */
const BUILD_INPUTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
/** Caches inside node_modules that each copy must keep to itself. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface TempSite {
  root: string;
  /** Delete the copy. */
  remove(): void;
}

/** Copy the site's build inputs and `contentDir` (as content/) into a new temporary folder. */
export function createTempSite(contentDir: string, label = 'site'): TempSite {
  const root = mkdtempSync(join(tmpdir(), `ketamine-facts-${label}-`));
  for (const input of BUILD_INPUTS) cpSync(join(PROJECT_ROOT, input), join(root, input), { recursive: true });
  cpSync(contentDir, join(root, 'content'), { recursive: true });
  const modules = join(PROJECT_ROOT, 'node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(modules, name), join(root, 'node_modules', name));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RunResult {
  /** Exit code. */
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  seconds: number;
}
/** The result of `npm run build`. */
export type BuildResult = RunResult;

const TEST_RUNNER_ENV = /^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST|VITEST(_.*)?)$/;

/** Run a command in a copy, asynchronously so that two copies can build at once on two cores. */
export function runInTempSite(root: string, command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const started = performance.now();
  // Inside Vitest, process.env carries NODE_ENV=test, MODE, DEV=1, PROD, SSR and VITEST*, which
  // would make the child build run in development mode (import.meta.env.DEV), unlike a writer's
  // `npm run build`: leave them out.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_ENV.test(name)));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, ''), seconds: (performance.now() - started) / 1000 }));
  });
}

/** `npm run build` (astro build, with its search index) in a copy, exactly as a writer or CI runs it. */
export function buildTempSite(root: string, env: Record<string, string> = {}): Promise<RunResult> {
  return runInTempSite(root, 'npm', ['run', 'build'], env);
}
