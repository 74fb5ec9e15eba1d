/**
 * The _headers file as Netlify and Cloudflare Pages apply it: on both, the embeds may
 * be framed by any site, every other page only by the site itself, and every path
 * keeps the rest of the policy.
 */
import { describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/catalog.ts';
import { CSP } from '../../src/lib/csp.ts';
import { formatHeaders, headerRules, parseHeaders } from '../../src/lib/headers.ts';
import { routes } from '../../src/lib/routes.ts';
import { getSite } from '../../src/lib/site.ts';
import { cloudflare, framing, netlify } from './hosts.ts';

const site = getSite();
const rules = parseHeaders(formatHeaders(headerRules('/')));
const langs = ['vi', 'en'] as const;
const pages = langs.flatMap((l) => [
  routes.home(l), `${routes.home(l)}index.html`, routes.programmes(l), routes.indicators(l), routes.sources(l), routes.method(l),
  routes.search(l), routes.data(l), routes.editors(l), routes.warnings(l),
  ...site.data.programmes.map((p) => routes.programme(l, p.id)),
  ...site.data.indicators.map((i) => routes.indicator(l, i.id)),
  ...site.data.sources.map((s) => routes.source(l, s.id)),
  ...site.data.indicators.map((i) => `${routes.indicator(l, i.id)}index.html`),
]).concat('/404.html');
const embeds = langs.flatMap((l) => chartIds(site).flatMap((id) => [routes.embed(l, id), `${routes.embed(l, id)}index.html`]));

describe.each([['Netlify', netlify], ['Cloudflare Pages', cloudflare]] as const)('_headers on %s', (_, host) => {
  it('lets any site frame every embed', () => {
    for (const path of embeds) expect(framing(host(rules, path)['Content-Security-Policy']), path).toBe('any');
  });

  it('lets only the site frame every other page', () => {
    expect(pages.length).toBeGreaterThan(300);
    for (const path of pages) expect(framing(host(rules, path)['Content-Security-Policy']), path).toBe('self');
  });

  it('keeps the rest of the policy and the other headers everywhere', () => {
    for (const path of [...pages, ...embeds, '/charts/overview.png', '/embed.js']) {
      const h = host(rules, path);
      expect(h['Content-Security-Policy'], path).toContain(CSP);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
      expect(h['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('the host emulation itself', () => {
  it('tells a joined policy that forbids framing from one that allows it', () => {
    expect(framing(`${CSP}; frame-ancestors 'self', ${CSP}; frame-ancestors *`)).toBe('self');
    expect(framing(`${CSP}, ${CSP}; frame-ancestors *`)).toBe('any');
    expect(framing(`${CSP}; frame-ancestors 'none'`)).toBe('none');
  });

  it('shows why the old file failed on Cloudflare: a catch-all frame-ancestors joins the embed rule', () => {
    const old = [
      { path: '/*', headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'self'` } },
      { path: '/embed/*', headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors *` } },
    ];
    expect(framing(netlify(old, '/embed/overview/')['Content-Security-Policy'])).toBe('any');
    expect(framing(cloudflare(old, '/embed/overview/')['Content-Security-Policy'])).toBe('self');
  });
});
