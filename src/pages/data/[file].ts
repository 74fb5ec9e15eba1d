/** /data/<file>: the data folder's CSVs and README as they are, for download. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES } from '../../lib/dataset.ts';
import { dataDir } from '../../lib/site.ts';

const DOWNLOADS = [...Object.values(FILES), 'README.md'];

export function getStaticPaths() {
  return DOWNLOADS.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const type = params.file!.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(readFileSync(join(dataDir(), params.file!)), { headers: { 'Content-Type': type } });
};
