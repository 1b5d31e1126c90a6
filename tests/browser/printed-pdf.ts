/**
 * Reading a page as it comes out of the printer: Chromium's PDF is read back with poppler, the
 * PDF renderer Debian's desktop uses, so the tests see what a PDF viewer or printer draws (not the
 * HTML the PDF was made from).
 *   - QR codes: `pdftoppm` rasterizes a sheet and jsQR decodes the code, as a phone camera would
 *     (the part of the sheet above the code's printed caption first: see qrCodesInPdf).
 *   - Text: `pdftotext` gives each sheet's words (citation numbers, captions) and, with -bbox,
 *     each word's box, whose height follows the font size (the large-print check).
 *   - Colour: the rasterized sheet's pixels show whether anything prints in colour.
 *
 * Why these: poppler-utils is one Debian package with both tools. jsQR is a plain-JavaScript QR
 * decoder (no native code, no network) with millions of weekly installs, and pngjs (the most used
 * PNG reader on npm) hands it the pixels.
 *
 * Like scripts/lib/chromium.ts: where a tool is missing and we are root on a Debian-like system,
 * install poppler-utils; otherwise stop with one line saying how to get it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

type PopplerTool = 'pdftoppm' | 'pdftotext';

function findPoppler(tool: PopplerTool): string {
  const path = `/usr/bin/${tool}`;
  if (existsSync(path)) return path;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`${tool} not found: installing Debian’s poppler-utils package (apt-get install poppler-utils)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
    } catch {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
    }
    if (existsSync(path)) return path;
  }
  throw new Error(`${tool} not found: install it (Debian/Ubuntu: \`sudo apt-get install poppler-utils\`).`);
}

/** Both poppler tools the print tests use (run once before the browser tests, global-setup.ts). */
export function findPopplerTools(): void {
  findPoppler('pdftoppm');
  findPoppler('pdftotext');
}

/** Run `body` with the PDF written to a temporary folder, and clean up after. */
function withPdfFile<T>(pdf: Uint8Array, body: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'printed-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    return body(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The given sheets (1-based, default all) as PNG pictures at `dpi` dots per inch, in page order. */
function sheetPictures(pdf: Uint8Array, pages: number[] | undefined, dpi: number): Buffer[] {
  return withPdfFile(pdf, (file, dir) => {
    const range = (page: number) => ['-f', String(page), '-l', String(page)];
    for (const page of pages ?? [undefined]) {
      execFileSync(findPoppler('pdftoppm'), ['-r', String(dpi), '-png', ...(page ? range(page) : []), file, join(dir, `page-${page ?? 'all'}`)]);
    }
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  });
}

/** The caption under every QR code the site prints (src/components/PrintQr.astro). */
const QR_CAPTION = ['Scan', 'to', 'open', 'this', 'page'];
/**
 * The code sits right above its caption, as wide as the caption's box and at most 3.2 cm (large
 * print); the picture read around a caption reaches this far above it and either side of its
 * centre, which holds the whole code with its quiet zone and a margin.
 */
const QR_REACH_ABOVE = 1.8 * 72;
const QR_REACH_ASIDE = 1.1 * 72;

interface SheetWords { width: number; words: { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] }

/** A sheet's width and its words with their boxes, in points from the top left (pdftotext -bbox). */
function wordBoxes(file: string, page: number): SheetWords {
  const sheet = execFileSync(findPoppler('pdftotext'), ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return {
    width: Number(/<page width="([\d.]+)"/.exec(sheet)![1]),
    words: [...sheet.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, yMax, text]) => ({
      text,
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
    })),
  };
}

/** The numbers of every sheet of a PDF file (pdfinfo is not needed: pdftotext marks each sheet). */
function allSheets(file: string): number[] {
  const pages = execFileSync(findPoppler('pdftotext'), ['-bbox', file, '-'], { encoding: 'utf8' }).split('<page ').length - 1;
  return Array.from({ length: pages }, (_, i) => i + 1);
}

/** The part of a sheet where a QR code above each "Scan to open this page" caption would be, in points. */
function regionsAboveCaptions({ width, words }: SheetWords): { x: number; y: number; w: number; h: number }[] {
  const regions = [];
  for (let i = 0; i + QR_CAPTION.length <= words.length; i += 1) {
    if (!QR_CAPTION.every((text, k) => words[i + k].text === text)) continue;
    const caption = words.slice(i, i + QR_CAPTION.length);
    const centre = (Math.min(...caption.map((w) => w.xMin)) + Math.max(...caption.map((w) => w.xMax))) / 2;
    const top = Math.min(...caption.map((w) => w.yMin));
    const x = Math.max(0, centre - QR_REACH_ASIDE);
    const y = Math.max(0, top - QR_REACH_ABOVE);
    regions.push({ x, y, w: Math.min(width, centre + QR_REACH_ASIDE) - x, h: top - y });
  }
  return regions;
}

/**
 * The text of every QR code found on the given sheets of a PDF (1-based, default all), read at
 * `dpi` dots per inch. jsQR finds one code per picture, so each sheet is read separately.
 *
 * A sheet is read first just above its "Scan to open this page" caption, where the site puts the
 * code: a picture of about a twentieth of the sheet, read many times faster than the whole of it.
 * A sheet with no caption, or no code found there, is read whole.
 */
export function qrCodesInPdf(pdf: Uint8Array, pages?: number[], dpi = 150): string[] {
  return withPdfFile(pdf, (file, dir) => {
    const px = (points: number) => String(Math.round((points * dpi) / 72));
    const picture = (page: number, crop: string[]) => {
      const out = join(dir, `sheet-${page}`);
      execFileSync(findPoppler('pdftoppm'), ['-r', String(dpi), '-png', '-singlefile', '-f', String(page), '-l', String(page), ...crop, file, out]);
      return readFileSync(`${out}.png`);
    };
    return (pages ?? allSheets(file)).flatMap((page) => {
      for (const { x, y, w, h } of regionsAboveCaptions(wordBoxes(file, page))) {
        const code = qrCodeInPng(picture(page, ['-x', px(x), '-y', px(y), '-W', px(w), '-H', px(h)]));
        if (code !== undefined) return [code];
      }
      const code = qrCodeInPng(picture(page, []));
      return code === undefined ? [] : [code];
    });
  });
}

/** The text of the QR code in a PNG picture, or undefined when none is found. */
export function qrCodeInPng(picture: Buffer): string | undefined {
  const png = PNG.sync.read(picture);
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}

/** The printed text of each sheet, in reading order (pdftotext; sheets end with a form feed). */
export function sheetTexts(pdf: Uint8Array): string[] {
  const text = withPdfFile(pdf, (file) => execFileSync(findPoppler('pdftotext'), [file, '-'], { encoding: 'utf8' }));
  const sheets = text.split('\f');
  if (sheets.at(-1)!.trim() === '') sheets.pop();
  return sheets;
}

/**
 * The height in points of every printed word's box (pdftotext -bbox). A box spans the font's
 * ascent and descent, 1.1 to 1.2 times the font size for the sans-serif fonts Chromium prints with
 * (Liberation Sans 1.117, DejaVu Sans 1.164), so a box shorter than 1.1 × 16 pt means text under 16 pt.
 */
export function wordHeightsInPdf(pdf: Uint8Array): { word: string; height: number }[] {
  const boxes = withPdfFile(pdf, (file) => execFileSync(findPoppler('pdftotext'), ['-bbox', file, '-'], { encoding: 'utf8' }));
  return [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, top, bottom, word]) => ({
    word,
    height: Number(bottom) - Number(top),
  }));
}

/**
 * How many pixels of the printed sheets are in colour (red, green and blue more than 24 levels
 * apart), rasterized at `dpi`. Zero means a black-and-white printer or copier loses nothing.
 */
export function colouredPixelsInPdf(pdf: Uint8Array, dpi = 50): number {
  let coloured = 0;
  for (const picture of sheetPictures(pdf, undefined, dpi)) {
    const { data } = PNG.sync.read(picture);
    for (let i = 0; i < data.length; i += 4) {
      if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 24) coloured += 1;
    }
  }
  return coloured;
}
