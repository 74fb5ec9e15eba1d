/**
 * Every user-facing string, one dictionary per language. `t(lang)('key', { n: 3 })`
 * fills `{n}` in the string. Keys are those of the Vietnamese dictionary, which the
 * English one must match (a test checks).
 */
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { Lang } from '../lib/format.ts';

export type Key = keyof typeof vi;
const DICTS: Record<Lang, Record<Key, string>> = { vi, en };

export type Translate = (key: Key, vars?: Record<string, string | number>) => string;

export function t(lang: Lang): Translate {
  const dict = DICTS[lang];
  return (key, vars) => {
    const s = dict[key];
    if (s === undefined) throw new Error(`missing string "${key}" in ${lang}.json`);
    return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
  };
}

export const dictionaries = DICTS;
