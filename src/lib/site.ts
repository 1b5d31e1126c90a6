/** Site-wide settings, in one place. */

/** The reserved placeholder domain addresses use when SITE_URL is not set (see siteUrlWarning). */
export const PLACEHOLDER_URL = 'https://ketamine-facts.example';

/**
 * Where readers can report a problem with a page: SITE_CONTACT, an email address, or nothing.
 * There is no default: the site never shows an address nobody reads. A malformed value stops
 * the build rather than printing a broken link on every page.
 */
export function contactAddress(value: string | undefined): string | undefined {
  const address = value?.trim();
  if (!address) return undefined;
  if (!/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i.test(address)) {
    throw new Error(`SITE_CONTACT must be one email address (like editors@example.org); it is "${value}".`);
  }
  return address;
}

/**
 * The site's address from SITE_URL, or the placeholder when it is unset or empty. Anything that
 * is not an http(s) address stops the build: it would print a broken address on every handout.
 */
export function siteAddress(value: string | undefined): string {
  const address = value?.trim();
  if (!address) return PLACEHOLDER_URL;
  let parsed: URL | undefined;
  try {
    parsed = new URL(address);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(`SITE_URL must be the site's address, like https://example.org (no path); it is "${value}".`);
  }
  return parsed.origin;
}

export const SITE = {
  name: 'Ketamine Facts',
  tagline: 'Plain, sourced facts on medical and recreational ketamine',
  /**
   * Where the site is deployed, for canonical links, the sitemap, the feed, printed footers and
   * QR codes. Set SITE_URL when building for a real host; the default is a reserved placeholder
   * domain, and a production build without SITE_URL warns (src/integrations/site-url-warning.ts).
   */
  url: siteAddress(process.env.SITE_URL),
  /** Email for "Report a problem with this page" (SITE_CONTACT); unset means no contact route yet. */
  contact: contactAddress(process.env.SITE_CONTACT),
  /** Content license for reuse (see the For clinics page). */
  license: { name: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' },
} as const;
