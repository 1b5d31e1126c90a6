/**
 * Finding Chromium for the browser tests: CHROME_PATH, then /usr/bin/chromium. Where neither
 * exists and we are root on a Debian-like system, install Debian's `chromium` package, as
 * Playwright's own dependency installer would (Playwright's browser download cannot work
 * offline). Otherwise stop with one line saying how to get one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian’s chromium package (apt-get install chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error('No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.');
}

/** Flags that let headless Chromium run as root on a machine with no outside network. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? findChromium(), headless: true, args: FLAGS });
}

/**
 * One Chromium for a whole test run, which each browser test file connects to (tests/browser/
 * global-setup.ts): starting Chromium costs about as much as loading three pages, and a file's
 * `browser.close()` then closes only that file's contexts and its connection.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: process.env.CHROME_PATH ?? findChromium(), headless: true, args: FLAGS });
}
