/**
 * A draft of a source's rows: one per number on its lines that coverage finds neither
 * cited nor excluded, with what the number most likely is (a fact, or the reason it
 * is not), the indicator and period it most likely belongs to, and the shortest quote.
 * The editor reviews and corrects each row and marks it accepted; nothing is written
 * to the data until then.
 */
import type { Dataset } from '../dataset.ts';
import { checkCoverage } from '../coverage.ts';
import type { SourceLines } from '../provenance.ts';
import { classify, type Kind } from './kind.ts';
import { indicatorMatcher, type Match } from './indicator.ts';
import { occurrences, type Occurrence } from './occurrence.ts';
import { asOfSource, periodOf } from './period.ts';
import { quoteOf } from './quote.ts';
import { syllables } from './words.ts';
import { NUMBER_WORDS } from '../printed.ts';

/** The columns the editor reads first, in this order; then the columns to fill or help. */
export const DRAFT_COLUMNS = [
  'line', 'printed', 'value', 'kind', 'indicator', 'period', 'quote',
  'accept', 'qualifier', 'total', 'stated_percent', 'percent_base', 'score', 'label', 'note',
] as const;

export type DraftRow = Record<(typeof DRAFT_COLUMNS)[number], string>;

/** Below this match score the indicator is left empty: a wrong id costs the editor more than an empty one. */
export const WEAK_MATCH = 0.12;

const QUALIFIERS: [RegExp, string][] = [
  [/(hơn|trên|vượt)\s*$/iu, 'over'], [/gần\s*$/iu, 'nearly'], [/(khoảng|xấp xỉ)\s*$/iu, 'about'],
  [/dưới\s*$/iu, 'under'], [/(ít nhất|tối thiểu)\s*$/iu, 'at-least'],
];

function qualifierOf(line: string, o: Occurrence): string {
  const before = line.slice(Math.max(0, o.start - 12), o.start);
  return QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? '';
}

/**
 * The term's first point: the congress resolution's date of issue if the data has it,
 * else the start the data's own term-long spans use most ("2020"), else the first
 * year of the congress's period.
 */
function termStartOf(d: Dataset): string | undefined {
  const congress = d.programmes.find((p) => p.kind === 'congress-resolution');
  if (congress?.issued) return congress.issued.slice(0, 7);
  const year = congress?.period_start;
  const starts = new Map<string, number>();
  for (const o of d.observations) {
    const from = o.period.raw.split('/')[0]!;
    if (o.period.isSpan && o.period.from.year === year) starts.set(from, (starts.get(from) ?? 0) + 1);
  }
  const common = [...starts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return common ?? (year ? String(year) : undefined);
}

export interface DraftOptions {
  /** the term's first period point; defaults to the congress resolution's */
  termStart?: string;
}

export function draftRows(d: Dataset, sourceId: string, lines: SourceLines, options: DraftOptions = {}): DraftRow[] {
  const text = lines.get(sourceId);
  if (!text) return [];
  const source = d.sources.find((s) => s.id === sourceId);
  const coverage = checkCoverage(d, new Map([[sourceId, text]]));
  const matcher = indicatorMatcher(d);
  const termStart = options.termStart ?? termStartOf(d) ?? '';
  const asOf = source ? asOfSource(text, source.date_to) : '';
  const labels = new Map(d.indicators.map((i) => [i.id, i.label_vi]));

  const byLine = new Map<number, Set<string>>();
  for (const u of coverage.uncovered) byLine.set(u.line, (byLine.get(u.line) ?? new Set()).add(u.token));

  const rows: DraftRow[] = [];
  for (const [n, tokens] of byLine) {
    const line = text[n - 1]!;
    const seen = new Set<string>();
    // A denominator ("29/34") is cited as the row's total, not as a number of its own.
    const asTotal = new Set<string>();
    const pending: { o: Occurrence; kind: Kind; total?: Occurrence }[] = [];
    const candidates = new Map<DraftRow, Match[]>();
    const all = occurrences(line);
    for (const [k, o] of all.entries()) {
      if (!tokens.has(o.printed) || seen.has(o.printed)) continue;
      const kind = classify(line, o);
      if (kind !== 'observation' && all.slice(k + 1).some((x) => x.printed === o.printed && classify(line, x) === 'observation')) continue;
      seen.add(o.printed);
      const next = all[k + 1];
      const total = kind === 'observation' && next && line.slice(o.end, next.start) === '/' ? next : undefined;
      if (total && total.printed !== o.printed) asTotal.add(total.printed);
      pending.push({ o, kind, total });
    }
    for (const { o, kind, total } of pending) {
      if (asTotal.has(o.printed) && isDenominator(line, o)) continue;
      const row: DraftRow = {
        line: String(n), printed: o.printed, value: String(o.value), kind, indicator: '', period: '', quote: '',
        accept: '', qualifier: '', total: total ? String(total.value) : '', stated_percent: '', percent_base: '', score: '', label: '', note: '',
      };
      if (kind === 'observation') {
        candidates.set(row, matcher.best(line, o));
        row.period = periodOf(line, o, termStart, asOf);
        row.qualifier = qualifierOf(line, o);
        row.quote = quoteOf(line, o, total?.end);
      } else {
        row.quote = quoteOf(line, o);
      }
      rows.push(row);
    }
    assignIndicators(candidates, labels);
  }
  // Counts written in words ("thành lập mới một Đảng bộ"): the check cannot count them,
  // so they are proposed only where a known unit follows and no observation cites them.
  const units = unitWords(d);
  const cited = new Set(d.observations.filter((o) => o.source === sourceId && o.printed).map((o) => `${o.line}|${o.printed!.toLowerCase()}`));
  text.forEach((line, i) => {
    const candidates = new Map<DraftRow, Match[]>();
    for (const o of wordNumbers(line, units)) {
      if (cited.has(`${i + 1}|${o.printed.toLowerCase()}`)) continue;
      const row: DraftRow = {
        line: String(i + 1), printed: o.printed, value: String(o.value), kind: 'observation', indicator: '',
        period: periodOf(line, o, termStart, asOf), quote: quoteOf(line, o), accept: '', qualifier: qualifierOf(line, o),
        total: '', stated_percent: '', percent_base: '', score: '', label: '', note: '',
      };
      candidates.set(row, matcher.best(line, o));
      rows.push(row);
    }
    assignIndicators(candidates, labels);
  });
  return rows.sort((a, b) => Number(a.line) - Number(b.line));
}

/** The first word of each indicator's unit ("đảng" of "đảng bộ"), lower case. */
function unitWords(d: Dataset): Set<string> {
  return new Set(d.indicators.map((i) => syllables(i.unit_vi ?? '').slice(0, 2).join(' ')).filter((u) => u.includes(' ')));
}

/** Number words followed by a known unit. */
export function wordNumbers(line: string, units: Set<string>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const m of line.matchAll(/(?<![\p{L}\p{N}])(\p{L}+)(?=\s+(\p{L}+\s+\p{L}+))/gu)) {
    const value = NUMBER_WORDS[m[1]!.toLowerCase()];
    if (value === undefined || !units.has(syllables(m[2]!).join(' '))) continue;
    out.push({ printed: m[1]!, value, start: m.index!, end: m.index! + m[1]!.length });
  }
  return out;
}

/**
 * One line rarely reports the same indicator twice for one period (the check refuses
 * it as a duplicate), so the numbers of a line take indicators best score first, each
 * falling back to its next candidate when its best is taken.
 */
function assignIndicators(candidates: Map<DraftRow, Match[]>, labels: Map<string, string>) {
  const taken = new Set<string>();
  const order = [...candidates].sort((a, b) => (b[1][0]?.score ?? 0) - (a[1][0]?.score ?? 0));
  for (const [row, matches] of order) {
    const strong = matches.filter((m) => m.score >= WEAK_MATCH);
    const pick = strong.find((m) => !taken.has(`${m.id}|${row.period}`));
    if (pick) {
      row.indicator = pick.id;
      row.label = labels.get(pick.id) ?? '';
      row.score = pick.score.toFixed(2);
      taken.add(`${pick.id}|${row.period}`);
    } else if (matches[0]) row.score = matches[0].score.toFixed(2);
    const others = matches.filter((m) => m !== pick && m.score >= WEAK_MATCH / 2);
    if (others.length) row.note = `hoặc / or: ${others.map((m) => m.id).join(', ')}`;
  }
}

function isDenominator(line: string, o: Occurrence): boolean {
  return /\d\/$/.test(line.slice(0, o.start));
}
