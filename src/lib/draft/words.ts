/**
 * Vietnamese text as comparable words: lower case, NFC, split into syllables (the
 * language writes one syllable per space-separated word), plus syllable pairs, which
 * carry most of the meaning ("đảng viên", "tổ chức").
 */

export function syllables(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !/^\d/.test(w));
}

/** Syllables and adjacent pairs of a run of text, each with the weight given. */
export function features(words: string[], weight: (i: number) => number = () => 1): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, w: number) => out.set(k, (out.get(k) ?? 0) + w);
  words.forEach((w, i) => {
    add(w, weight(i));
    if (i + 1 < words.length) add(`${w} ${words[i + 1]}`, 1.5 * Math.min(weight(i), weight(i + 1)));
  });
  return out;
}
