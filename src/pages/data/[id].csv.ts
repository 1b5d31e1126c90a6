import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { tableToCsv } from '../../lib/table-data.ts';

export const getStaticPaths = (async () => (await getCollection('comparisons')).map((table) => ({ params: { id: table.id }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: CollectionEntry<'comparisons'> }> = ({ props }) =>
  new Response(tableToCsv(props.table.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
