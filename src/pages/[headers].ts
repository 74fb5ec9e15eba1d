/**
 * /_headers, for static hosts that read it (Netlify, Cloudflare Pages): the same
 * policy as the pages' meta tag, plus what only a header can say: embeds may be framed
 * by any site, other pages only by this one. (Astro skips files named with a leading
 * underscore, hence the parameter.)
 */
import type { APIRoute } from 'astro';
import { CSP } from '../lib/csp.ts';
import { BASE } from '../lib/routes.ts';

export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

const block = (path: string, ancestors: string) =>
  `${path}\n  Content-Security-Policy: ${CSP}; frame-ancestors ${ancestors}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`;

export const GET: APIRoute = () =>
  new Response([block(`${BASE}*`, "'self'"), block(`${BASE}embed/*`, '*'), block(`${BASE}en/embed/*`, '*')].join(''), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
