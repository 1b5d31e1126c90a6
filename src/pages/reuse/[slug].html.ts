/** /reuse/<slug>.html: an embeddable HTML snippet of an article's summary and key points, with attribution (src/lib/reuse.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { recordOf } from '../../lib/reuse-data.ts';
import { articleSnippet } from '../../lib/reuse.ts';
import { formatDate } from '../../schemas/dates.ts';

export const getStaticPaths = (async () => (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) =>
  new Response(articleSnippet(await recordOf(props.entry), formatDate(props.entry.data.lastReviewed)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
