/**
 * Which existing indicator a number most likely measures: the words around the number
 * against each indicator's label, unit, note, target quote and the quotes of its
 * observations, weighted by how rare each word is among indicators (tf-idf, cosine).
 * The unit printed right after the number ("10.183 đảng viên") and a percent sign
 * weigh extra, since they say what is counted.
 */
import type { Dataset } from '../dataset.ts';
import { clauseOf, sentenceOf } from './clause.ts';
import { occurrences, type Occurrence } from './occurrence.ts';
import { features, syllables } from './words.ts';

export interface Match {
  id: string;
  score: number;
}

type Vector = Map<string, number>;

function addInto(into: Vector, v: Vector, k = 1) {
  for (const [f, w] of v) into.set(f, (into.get(f) ?? 0) + k * w);
}

/** The words around a number, nearest weighing most; the unit after it most of all. */
export function contextOf(line: string, o: Occurrence): Vector {
  const [c0, c1] = clauseOf(line, o);
  const [s0, s1] = sentenceOf(line, o);
  const after = syllables(line.slice(o.end, c1));
  const before = syllables(line.slice(c0, o.start)).reverse();
  const v: Vector = new Map();
  addInto(v, features(after, (i) => (i < 3 ? 3 : i < 8 ? 1.5 : 0.7)));
  addInto(v, features(before.reverse(), (i) => {
    const d = before.length - i;
    return d <= 6 ? 1.5 : d <= 12 ? 1 : 0.5;
  }));
  addInto(v, features(syllables(line.slice(s0, c0) + ' ' + line.slice(c1, s1))), 0.3);
  return v;
}

/** The syllables printed right after the number, before any break: its unit. */
function unitAfter(line: string, o: Occurrence): string {
  return syllables(line.slice(o.end).split(/[,;:.()\n]/)[0] ?? '').slice(0, 4).join(' ');
}

const PROGRAMME_BONUS = 0.1;

/** "01-CT/TU", "01-CTr/TU", "21- NQ/TW" and "15-NQ/TƯ" compare alike. */
function normaliseCode(s: string): string {
  return s.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/-CTR\//g, '-CT/').replace(/TƯ/g, 'TW');
}

export interface IndicatorMatcher {
  best: (line: string, o: Occurrence) => Match[];
}

export function indicatorMatcher(d: Dataset): IndicatorMatcher {
  const docs = new Map<string, Vector>();
  const doc = (id: string) => docs.get(id) ?? docs.set(id, new Map()).get(id)!;
  const fromQuote = (id: string, quote: string, value: number | undefined) => {
    const o = occurrences(quote).find((x) => x.value === value);
    addInto(doc(id), o ? contextOf(quote, o) : features(syllables(quote)));
  };
  for (const i of d.indicators) {
    const v = doc(i.id);
    addInto(v, features(syllables(i.label_vi)), 2);
    addInto(v, features(syllables(i.unit_vi ?? '')), 2);
    if (i.note_vi) addInto(v, features(syllables(i.note_vi)), 0.5);
    if (i.target_quote) fromQuote(i.id, i.target_quote, i.target_low ?? i.target_high);
  }
  for (const o of d.observations) if (docs.has(o.indicator)) fromQuote(o.indicator, o.quote, o.value);

  // idf over indicators
  const df = new Map<string, number>();
  for (const v of docs.values()) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = (f: string) => Math.log((docs.size + 1) / ((df.get(f) ?? 0) + 1));
  const weigh = (v: Vector): Vector => {
    const out: Vector = new Map();
    for (const [f, w] of v) {
      const x = Math.sqrt(w) * idf(f);
      if (x > 0) out.set(f, x);
    }
    const norm = Math.hypot(...out.values()) || 1;
    for (const [f, x] of out) out.set(f, x / norm);
    return out;
  };
  const weighted = new Map([...docs].map(([id, v]) => [id, weigh(v)]));
  const byId = new Map(d.indicators.map((i) => [i.id, i]));
  // A line that names a programme by its code ("Đề án số 12-ĐA/TU") most likely reports on it.
  const codes = d.programmes.filter((p) => p.code).map((p) => ({ id: p.id, code: normaliseCode(p.code!) }));

  return {
    best(line, o) {
      const ctx = weigh(contextOf(line, o));
      const unit = unitAfter(line, o);
      const percent = /^\s?%/.test(line.slice(o.end));
      const named = new Set(codes.filter((c) => normaliseCode(line.slice(0, o.start)).includes(c.code)).map((c) => c.id));
      const scores: Match[] = [];
      for (const [id, v] of weighted) {
        let s = 0;
        for (const [f, x] of ctx) s += x * (v.get(f) ?? 0);
        const ind = byId.get(id)!;
        const u = syllables(ind.unit_vi ?? '').join(' ');
        if (u && unit.startsWith(u)) s += 0.1;
        if (percent !== (ind.measure === 'percent')) s -= 0.1;
        if (named.has(ind.programme)) s += PROGRAMME_BONUS;
        scores.push({ id, score: s });
      }
      return scores.sort((a, b) => b.score - a.score).slice(0, 5);
    },
  };
}
