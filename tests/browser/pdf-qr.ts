/**
 * Reading the QR code off a printed page, as a phone camera would read the paper: Chromium's PDF
 * is rasterized by poppler's `pdftoppm` and the picture decoded by jsQR.
 *
 * Why these: pdftoppm is poppler, the PDF renderer Debian's desktop uses, so the test sees the PDF
 * as a PDF viewer draws it (not the HTML the PDF was made from); Debian packages it as
 * poppler-utils. jsQR is a plain-JavaScript QR decoder (no native code, no network) with millions of
 * weekly installs, and pngjs (the most used PNG reader on npm) hands it the pixels.
 *
 * Like tests/browser/chromium.ts: where pdftoppm is missing and we are root on a Debian-like
 * system, install poppler-utils; otherwise stop with one line saying how to get it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const PDFTOPPM = '/usr/bin/pdftoppm';

export function findPdftoppm(): string {
  if (existsSync(PDFTOPPM)) return PDFTOPPM;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('pdftoppm not found: installing Debian’s poppler-utils package (apt-get install poppler-utils)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
    } catch {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
    }
    if (existsSync(PDFTOPPM)) return PDFTOPPM;
  }
  throw new Error('pdftoppm not found: install it (Debian/Ubuntu: `sudo apt-get install poppler-utils`).');
}

/**
 * The text of every QR code found on the given pages of a PDF (1-based, default all), read at
 * `dpi` dots per inch. jsQR finds one code per picture, so each page is read separately.
 */
export function qrCodesInPdf(pdf: Uint8Array, pages?: number[], dpi = 150): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'qr-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    const range = (page: number) => ['-f', String(page), '-l', String(page)];
    for (const page of pages ?? [undefined]) {
      execFileSync(findPdftoppm(), ['-r', String(dpi), '-png', ...(page ? range(page) : []), file, join(dir, `page-${page ?? 'all'}`)]);
    }
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .flatMap((name) => {
        const code = qrCodeInPng(readFileSync(join(dir, name)));
        return code === undefined ? [] : [code];
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the QR code in a PNG picture (such as a screenshot), or undefined when none is found. */
export function qrCodeInPng(picture: Buffer): string | undefined {
  const png = PNG.sync.read(picture);
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}
