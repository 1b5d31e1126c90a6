/**
 * QR codes for printed pages, made at build time as SVG by the `qrcode` library: no script runs
 * in the reader's browser and no outside service sees the address.
 */
import QRCode from 'qrcode';

/**
 * An SVG QR code that encodes `url`. Medium error correction survives a smudge or a fold; the
 * quiet zone of 4 modules is what the QR standard asks for, so phone cameras find it on paper.
 * The library writes colours as SVG attributes (no style attributes, which the CSP forbids).
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  // Decorative for assistive technology: the address is printed as text beside it.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
