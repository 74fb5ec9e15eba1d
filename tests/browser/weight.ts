/**
 * What a first visit to a page downloads, counted from the build: the HTML, its
 * stylesheets, its scripts and the modules they import, and its images and icons,
 * each gzipped at level 9 as a static host serves them. Deterministic, so a budget
 * can fail CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const sizes = new Map<string, number>();

function gz(path: string): number {
  let n = sizes.get(path);
  if (n === undefined) {
    n = gzipSync(readFileSync(path), { level: 9 }).length;
    sizes.set(path, n);
  }
  return n;
}

export interface Weight {
  total: number;
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
}

/** `page` is the HTML file; `dir` the build; `base` the path the site is served under. */
export function firstVisit(dir: string, page: string, base = '/'): Weight {
  const html = readFileSync(page, 'utf8');
  const local = (ref: string) => (ref.startsWith(base) ? join(dir, ref.slice(base.length)) : undefined);
  const w: Weight = { total: 0, html: gz(page), css: 0, js: 0, other: 0, requests: 1 };
  const seen = new Set<string>();
  const add = (file: string | undefined, kind: 'css' | 'js' | 'other') => {
    if (!file || seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    w[kind] += gz(file);
    w.requests++;
    if (kind === 'js') {
      // static imports of a module load with it
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[^'"]*from\s*)?["']([^"']+)["']/g)) {
        add(join(file, '..', m[1]!), 'js');
      }
    }
  };
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) add(local(m[1]!), 'css');
  for (const m of html.matchAll(/<script[^>]*src="([^"]+)"/g)) add(local(m[1]!), 'js');
  for (const m of html.matchAll(/<link[^>]*rel="icon"[^>]*href="([^"]+)"/g)) add(local(m[1]!), 'other');
  for (const m of html.matchAll(/<img[^>]*src="([^"]+)"/g)) add(local(m[1]!), 'other');
  w.total = w.html + w.css + w.js + w.other;
  return w;
}

export const BUDGET = { page: 50_000, embed: 20_000, js: 5_000 };
