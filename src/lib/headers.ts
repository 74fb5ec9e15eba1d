/**
 * The rules of /_headers, for the static hosts that read it. Hosts differ when several
 * rules match one path: Netlify takes, header by header, the most specific rule;
 * Cloudflare Pages joins the values of every matching rule. So no two matching rules
 * may disagree: the catch-all rule carries only what holds everywhere (and a CSP with
 * no frame-ancestors, which adds nothing when joined), and frame-ancestors comes from
 * rules whose paths never overlap: the embeds for any site, every other page for this
 * site alone. GitHub Pages ignores the file (see README).
 */
import { CSP } from './csp.ts';
import { BASE } from './routes.ts';

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The site's top-level sections holding pages, besides the home page; the embeds are apart. */
export const PAGE_SECTIONS = ['programmes', 'indicators', 'sources', 'method', 'search', 'data', 'editors'];

export function headerRules(base = BASE): HeaderRule[] {
  const framedBy = (ancestors: string) => ({ 'Content-Security-Policy': `${CSP}; frame-ancestors ${ancestors}` });
  const pages = ['', 'en/'].flatMap((lang) => [
    `${base}${lang}`, `${base}${lang}index.html`, ...PAGE_SECTIONS.map((s) => `${base}${lang}${s}/*`),
  ]);
  return [
    { path: `${base}*`, headers: { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' } },
    { path: `${base}404.html`, headers: framedBy("'self'") },
    ...pages.map((path) => ({ path, headers: framedBy("'self'") })),
    { path: `${base}embed/*`, headers: framedBy('*') },
    { path: `${base}en/embed/*`, headers: framedBy('*') },
  ];
}

export function formatHeaders(rules: HeaderRule[]): string {
  return rules.map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n').join('');
}

/** Parses the file back, as a host reads it: a path line, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
