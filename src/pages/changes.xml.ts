/**
 * Atom feed of content changes, from the articles' change logs. Written by hand rather than with
 * an RSS library because Atom needs an <updated> per entry, which is exactly our change date.
 */
import type { APIRoute } from 'astro';
import { allChanges } from '../lib/changes.ts';
import { SITE } from '../lib/site.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async () => {
  const changes = await allChanges();
  const updated = changes[0]?.date ?? '2026-01-01';
  const entries = changes
    .map((c) => {
      const url = new URL(`/${c.slug}/`, SITE.url).href;
      return `  <entry>
    <id>${escape(`${url}#change-${c.date}`)}</id>
    <title>${escape(`${c.title}: ${c.summary}`)}</title>
    <link href="${escape(url)}"/>
    <updated>${c.date}T00:00:00Z</updated>
    <summary>${escape(c.summary)}</summary>
  </entry>`;
    })
    .join('\n');
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(SITE.name)}: content changes</title>
  <id>${escape(new URL('/whats-new/', SITE.url).href)}</id>
  <link rel="self" href="${escape(new URL('/changes.xml', SITE.url).href)}"/>
  <link href="${escape(new URL('/whats-new/', SITE.url).href)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${escape(SITE.name)} editors</name></author>
${entries}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
