/** The embed code a chart's share box offers, as a journalist copies it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OVERVIEW } from '../../src/charts/catalog.ts';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The embed code of chart `id` (OVERVIEW is the home page's), from the built site in `dir`. */
export function embedCode(dir: string, id: string, lang: '' | 'en/' = ''): string {
  const page = id === OVERVIEW ? join(dir, lang, 'index.html') : join(dir, lang, 'indicators', id, 'index.html');
  return unescape(/<textarea[^>]*class="code"[^>]*>([\s\S]*?)<\/textarea>/.exec(readFileSync(page, 'utf8'))![1]!);
}

/** The frame height the embed code sets. */
export const codeHeight = (code: string): number => Number(/height="(\d+)"/.exec(code)![1]);
