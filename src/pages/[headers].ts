/**
 * /_headers, for static hosts that read it (Netlify, Cloudflare Pages): the rules of
 * lib/headers.ts. (Astro skips files named with a leading underscore, hence the parameter.)
 */
import type { APIRoute } from 'astro';
import { formatHeaders, headerRules } from '../lib/headers.ts';

export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = () =>
  new Response(formatHeaders(headerRules()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
