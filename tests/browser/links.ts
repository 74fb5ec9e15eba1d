/**
 * A link check over a built site, as a crawler sees it: every href, src and srcset of
 * every HTML page, resolved against the page's URL under the site's base path, must be
 * a file of the build (or an anchor that exists on its page).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Every page of a build by its path under the site's base: "", "en/", "indicators/x/"… */
export function sitePages(dir: string): string[] {
  return htmlFiles(dir).map((f) => relative(dir, f).replace(/index\.html$/, ''));
}

function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const p = join(dir, rel);
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = join(p, 'index.html');
  return existsSync(index) ? index : undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let s = ids.get(file);
  if (!s) {
    s = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(file, s);
  }
  return s;
}

/** Broken links as "page → link", empty when all resolve. `origin` is the site's SITE_URL. */
export function brokenLinks(dir: string, base: string, origin: string): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = base + relative(dir, file).replace(/index\.html$/, '').replace(/\\/g, '/');
    const pageUrl = new URL(pagePath, origin);
    // textareas hold embed code for other sites, not links of this page
    const body = html.replace(/<textarea[\s\S]*?<\/textarea>/g, '');
    const refs = [...body.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const ref of refs) {
      if (/^(mailto:|data:|javascript:)/.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== pageUrl.origin) {
        broken.push(`${pagePath} → ${ref} (another site)`);
        continue;
      }
      const target = fileFor(dir, base, url.pathname);
      if (!target) broken.push(`${pagePath} → ${ref}`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${pagePath} → ${ref} (no such anchor)`);
      }
    }
  }
  return broken;
}
