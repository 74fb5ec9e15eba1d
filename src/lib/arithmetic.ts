/**
 * Does the source add up? Where a source gives parts and a whole (a breakdown in a
 * footnote, yearly values and their total or average, x of y with a printed
 * percentage), redo the sum and say whether it matches. A mismatch is information
 * for readers, never a build failure: the site shows the source as printed.
 */
import type { Dataset, Row } from './dataset.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import { within } from './period.ts';

export type CheckKind = 'parts' | 'periods-sum' | 'periods-mean' | 'share';

export interface ArithmeticCheck {
  kind: CheckKind;
  /** the indicator whose page shows the check */
  indicator: string;
  /** the observation holding the printed whole (or the printed percentage) */
  whole: Row<Observation>;
  /** the observations it was recomputed from */
  parts: Row<Observation>[];
  reported: number;
  computed: number;
  ok: boolean;
}

/** Half a unit of the last printed decimal: 14.58 → 0.005, 88 → 0.5. */
function tolerance(x: number): number {
  const decimals = (String(x).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals + 1e-9;
}

const key = (o: Observation) => `${o.source}|${o.period.raw}`;

/** One value per (source, period): the first printed, so a repeat in an appendix does not count twice. */
function bySourcePeriod(obs: Row<Observation>[]): Map<string, Row<Observation>> {
  const m = new Map<string, Row<Observation>>();
  for (const o of obs) if (!m.has(key(o))) m.set(key(o), o);
  return m;
}

export function arithmeticChecks(d: Dataset): ArithmeticCheck[] {
  const out: ArithmeticCheck[] = [];
  const obsOf = new Map<string, Row<Observation>[]>();
  for (const o of d.observations) obsOf.set(o.indicator, [...(obsOf.get(o.indicator) ?? []), o]);
  const children = new Map<string, Indicator[]>();
  for (const i of d.indicators) if (i.part_of) children.set(i.part_of, [...(children.get(i.part_of) ?? []), i]);

  for (const ind of d.indicators) {
    const own = obsOf.get(ind.id) ?? [];
    // A complete breakdown: the parts of the same source and period add up to the whole.
    if (ind.parts_add_up) {
      const parts = (children.get(ind.id) ?? []).map((c) => bySourcePeriod(obsOf.get(c.id) ?? []));
      for (const whole of bySourcePeriod(own).values()) {
        const found = parts.map((p) => p.get(key(whole))).filter((o) => o !== undefined);
        if (found.length < 2) continue;
        const computed = found.reduce((s, o) => s + o.value, 0);
        out.push({ kind: 'parts', indicator: ind.id, whole, parts: found, reported: whole.value, computed, ok: Math.abs(computed - whole.value) < 1e-9 });
      }
    }
    // Sub-periods that exactly tile a longer period of the same source.
    if (ind.aggregate) {
      const all = [...bySourcePeriod(own).values()];
      for (const whole of all.filter((o) => o.period.isSpan)) {
        const inside = all
          .filter((o) => o.source === whole.source && within(o.period, whole.period) && !(o.period.start === whole.period.start && o.period.end === whole.period.end))
          .sort((a, b) => a.period.start.localeCompare(b.period.start));
        if (inside.length < 2 || !tiles(inside, whole)) continue;
        const sum = inside.reduce((s, o) => s + o.value, 0);
        const computed = ind.aggregate === 'sum' ? sum : sum / inside.length;
        const ok = Math.abs(computed - whole.value) <= (ind.aggregate === 'sum' ? 1e-9 : tolerance(whole.value));
        out.push({ kind: ind.aggregate === 'sum' ? 'periods-sum' : 'periods-mean', indicator: ind.id, whole, parts: inside, reported: whole.value, computed, ok });
      }
    }
    // A printed share: x of y, or a part of its whole, against the percentage printed.
    for (const o of own) {
      if (o.percent_base !== 'share' || o.stated_percent === undefined) continue;
      let base: number | undefined = o.total;
      let parts: Row<Observation>[] = [];
      if (base === undefined && ind.part_of) {
        const parent = (obsOf.get(ind.part_of) ?? []).find((p) => key(p) === key(o));
        if (parent) {
          base = parent.value;
          parts = [parent];
        }
      }
      if (base === undefined || base === 0) continue;
      const computed = (o.value / base) * 100;
      out.push({ kind: 'share', indicator: ind.id, whole: o, parts, reported: o.stated_percent, computed, ok: Math.abs(computed - o.stated_percent) <= tolerance(o.stated_percent) });
    }
  }
  return out;
}

function tiles(inside: Observation[], whole: Observation): boolean {
  if (inside[0]!.period.start !== whole.period.start) return false;
  for (let i = 1; i < inside.length; i++) {
    if (nextDay(inside[i - 1]!.period.end) !== inside[i]!.period.start) return false;
  }
  return inside[inside.length - 1]!.period.end === whole.period.end;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
