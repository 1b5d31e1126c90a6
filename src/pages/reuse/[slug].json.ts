/** /reuse/<slug>.json: an article's title, summary, key points, sections, review state, license and crisis numbers (src/lib/reuse.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { recordOf } from '../../lib/reuse-data.ts';

export const getStaticPaths = (async () => (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) =>
  new Response(`${JSON.stringify(await recordOf(props.entry), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
