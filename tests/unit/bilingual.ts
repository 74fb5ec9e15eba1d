/**
 * The Vietnamese and English texts of the site that must say the same thing, paired
 * for the tests of both languages: each narrative block with its counterpart, each
 * i18n string with its key's other language, each CSV row's _vi cell with its _en cell.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { dictionaries } from '../../src/i18n/index.ts';

export interface Pair { where: string; vi: string; en: string }

const NARRATIVES = 'src/content/narratives';

/** A narrative without its front matter, cut into blocks at blank lines. */
export function mdxBlocks(text: string): string[] {
  return text.replace(/^---[\s\S]*?\n---\n/, '').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
}

export function mdxSummary(text: string): string {
  return /^summary:\s*(.*)$/m.exec(text)?.[1] ?? '';
}

export const narrativeIds = (): string[] =>
  readdirSync(join(NARRATIVES, 'vi')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

export function narrative(lang: 'vi' | 'en', id: string): string {
  return readFileSync(join(NARRATIVES, lang, `${id}.mdx`), 'utf8');
}

/** The home page's findings, src/content/home/<lang>.mdx. */
export function homeFindings(lang: 'vi' | 'en'): string {
  return readFileSync(join('src/content/home', `${lang}.mdx`), 'utf8');
}

/** What a block is and what it cites, without its words: what must match across languages. */
export function blockShape(block: string) {
  const kind = /^#+ /.test(block) ? `h${/^#+/.exec(block)![0].length}` : /^- /.test(block) ? 'list' : /^<\w[^>]*\/>$/.test(block) ? 'component' : 'paragraph';
  const components = [...block.matchAll(/<(Stat|Chart|Indicator|Count|StatusRule|Term)\b([^>]*)\/>/g)].map((m) => {
    const a = Object.fromEntries([...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    // `show` is left out: "73 đơn vị" and "73 more units" may print the number with or without its unit
    return [m[1], a.indicator ?? a.id ?? a.of ?? '', a.period ?? '', a.source ?? ''].join(' ');
  });
  const links = [...block.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]!.replace(/^\/en\//, '/'));
  return { kind, items: kind === 'list' ? block.split(/\n(?=- )/).length : 0, components, links };
}

/** Each narrative block beside its counterpart (the structure test makes them line up), and the summaries. */
export function narrativePairs(): Pair[] {
  return narrativeIds().flatMap((id) => {
    const vi = narrative('vi', id);
    const en = narrative('en', id);
    const [bv, be] = [mdxBlocks(vi), mdxBlocks(en)];
    return [
      { where: `narratives/${id} summary`, vi: mdxSummary(vi), en: mdxSummary(en) },
      ...bv.map((b, i) => ({ where: `narratives/${id} block ${i + 1}`, vi: b, en: be[i] ?? '' })),
    ];
  }).concat(mdxBlocks(homeFindings('vi')).map((b, i) => ({ where: `home findings block ${i + 1}`, vi: b, en: mdxBlocks(homeFindings('en'))[i] ?? '' })));
}

export function i18nPairs(): Pair[] {
  return Object.keys(dictionaries.vi).map((k) => ({
    where: `src/i18n/*.json "${k}"`,
    vi: dictionaries.vi[k as keyof typeof dictionaries.vi],
    en: dictionaries.en[k as keyof typeof dictionaries.en],
  }));
}

/** Every row's pairs of columns named x_vi / x_en (label, unit, note, title, date evidence…). */
export function csvPairs(dir = 'data'): Pair[] {
  return readdirSync(dir).filter((f) => f.endsWith('.csv')).flatMap((file) => {
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
    const header = Object.keys(data[0] ?? {});
    const cols = header.filter((c) => c.endsWith('_vi') && header.includes(`${c.slice(0, -3)}_en`)).map((c) => c.slice(0, -3));
    return data.flatMap((row, i) => cols
      .filter((c) => row[`${c}_vi`] || row[`${c}_en`])
      .map((c) => ({ where: `${dir}/${file} row ${i + 2} ${c}`, vi: row[`${c}_vi`] ?? '', en: row[`${c}_en`] ?? '' })));
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a phrase stands as whole words in a text: not inside a longer word
 * ("Project" is not found in "Projector"). `endings` lets a name take the plural or
 * possessive English adds ("People's Councils", "Scheme's").
 */
export function phraseAt(text: string, phrase: string, opts: { caseSensitive?: boolean; endings?: boolean } = {}): number[] {
  const tail = opts.endings ? "(?:s|es|'s|s')?" : '';
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase.normalize('NFC'))}${tail}(?![\\p{L}\\p{N}])`, `gu${opts.caseSensitive ? '' : 'i'}`);
  return [...text.normalize('NFC').matchAll(re)].map((m) => m.index);
}

/**
 * The terms a Vietnamese text names, longest first, each occurrence masked once found:
 * "Ban Thường vụ Thành ủy" names that body, not also "Thành ủy" (whose English,
 * "City Party Committee", a text about the Standing Board need not contain).
 */
export function termsNamed<T extends { term_vi: string }>(vi: string, terms: readonly T[]): T[] {
  let text = vi.normalize('NFC');
  const found: T[] = [];
  for (const term of [...terms].sort((a, b) => b.term_vi.length - a.term_vi.length)) {
    const at = phraseAt(text, term.term_vi);
    if (at.length === 0) continue;
    found.push(term);
    for (const i of at) text = text.slice(0, i) + ' '.repeat(term.term_vi.length) + text.slice(i + term.term_vi.length);
  }
  return found;
}
