/**
 * How static hosts apply a _headers file to a request path, when several rules match.
 * Netlify: header by header, the most specific matching rule (an exact path over a
 * splat, a longer prefix over a shorter). Cloudflare Pages: every matching rule's
 * value, joined with ", " (for Content-Security-Policy that makes several policies,
 * all enforced).
 */
import type { HeaderRule } from '../../src/lib/headers.ts';

function matches(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return pattern === path;
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

const specificity = (pattern: string) => (pattern.includes('*') ? 0 : 1e6) + pattern.replace('*', '').length;

export function netlify(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const ranked = rules.filter((r) => matches(r.path, path)).sort((a, b) => specificity(a.path) - specificity(b.path));
  for (const r of ranked) Object.assign(out, r.headers);
  return out;
}

export function cloudflare(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules.filter((x) => matches(x.path, path))) {
    for (const [k, v] of Object.entries(r.headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

/**
 * Who may frame a page under a (possibly joined) CSP header: each policy listed, split
 * at ", " boundaries between policies, must allow it; a policy without frame-ancestors
 * allows anyone. Returns 'any', 'self' or 'none' for what the policies allow together.
 */
export function framing(csp: string | undefined): 'any' | 'self' | 'none' {
  if (!csp) return 'any';
  const policies = csp.split(/,\s*(?=default-src|frame-ancestors|[a-z-]+-src|base-uri)/);
  let result: 'any' | 'self' | 'none' = 'any';
  for (const p of policies) {
    const fa = /frame-ancestors\s+([^;]+)/.exec(p)?.[1]?.trim();
    if (fa === undefined || fa === '*') continue;
    if (fa === "'self'") result = result === 'none' ? 'none' : 'self';
    else result = 'none';
  }
  return result;
}
