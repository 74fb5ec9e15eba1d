/**
 * The static search index and the folding that makes it work with or without
 * Vietnamese diacritics: "ket nap dang vien" finds "kết nạp đảng viên". The page's
 * script uses the same `fold`, so the index and the query always agree.
 */
export interface SearchEntry {
  /** kind: p = programme, i = indicator, n = narrative */
  k: 'p' | 'i' | 'n';
  /** title as shown */
  t: string;
  /** url */
  u: string;
  /** context shown under the title */
  c: string;
  /** folded text searched: title and context and more */
  f: string;
}

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Entries matching every word of the query, titles first. */
export function search(entries: SearchEntry[], query: string): SearchEntry[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits = entries.filter((e) => words.every((w) => e.f.includes(w)));
  const inTitle = (e: SearchEntry) => words.every((w) => fold(e.t).includes(w));
  return hits.sort((a, b) => Number(inTitle(b)) - Number(inTitle(a)));
}

/** MDX reduced to its words, for the index. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
