import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { tableToJson } from '../../lib/table-data.ts';

export const getStaticPaths = (async () => (await getCollection('comparisons')).map((table) => ({ params: { id: table.id }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: CollectionEntry<'comparisons'> }> = async ({ props }) => {
  const sources = await getCollection('sources');
  const urls = Object.fromEntries(sources.map((s) => [s.id, s.data.url]));
  return new Response(tableToJson(props.table.data, urls), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
