/** Site-wide settings, in one place. */
export const SITE = {
  name: 'Ketamine Facts',
  tagline: 'Plain, sourced facts on medical and recreational ketamine',
  /**
   * Where the site is deployed, for canonical links, the sitemap and the feed. Set SITE_URL when
   * building for a real host; the default is a reserved placeholder domain.
   */
  url: process.env.SITE_URL ?? 'https://ketamine-facts.example',
  /** Content license for reuse (see the For clinics page). */
  license: { name: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' },
} as const;
