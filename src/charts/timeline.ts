/**
 * Every report of one measure on one time axis, whatever its source. A value for a
 * period (a year, "from the start of the term to date") is a bar as wide as the
 * period it covers: a cumulative total is drawn as the total of its span, not as a
 * level held over time, so figures that grew between reports read as what they are.
 * A value at a date is a single mark. Each carries its status's shape and its value.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format.ts';
import { formatMeasure } from '../lib/phrase.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { textWidth } from './measure.ts';
import { HALO, STATUS_COLOR, STATUS_SYMBOL } from './style.ts';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function timeline(points: ChartPoint[], { lang, indicator: ind, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const start = (p: ChartPoint) => date(p.period.start);
  const end = (p: ChartPoint) => date(p.period.end);
  const mid = (p: ChartPoint) => new Date((start(p).getTime() + end(p).getTime()) / 2);
  const max = Math.max(...points.map((p) => p.value));
  const years = [...new Set(points.flatMap((p) => [p.period.from.year, p.period.to.year + 1]))];
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const tick = (d: number) => (ind.measure === 'percent' ? formatMeasure(lang, ind, d) : formatNumber(lang, d));
  const marginLeft = Math.max(40, 16 + textWidth(tick(max * 1.25)));
  // room for half of the last year's label, centred on the right edge
  const marginRight = 22;
  const t0 = date(`${y0}-01-01`).getTime();
  const t1 = date(`${y1}-01-01`).getTime();
  const at = (d: Date) => marginLeft + ((d.getTime() - t0) / (t1 - t0)) * (width - marginLeft - marginRight);
  // the label is centred on its mark unless that would cross an edge
  const anchor = (p: ChartPoint): 'start' | 'middle' | 'end' => {
    const half = textWidth(p.label, 12, true) / 2;
    return at(mid(p)) - half < 2 ? 'start' : at(mid(p)) + half > width - 2 ? 'end' : 'middle';
  };
  // each label above its mark, or below it when that would cover a label already placed
  const height = 250;
  const yAt = (v: number) => 28 + (1 - v / (max * 1.25)) * (height - 28 - 30);
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const below = new Set<ChartPoint>();
  for (const p of [...points].sort((a, b) => b.value - a.value)) {
    const w = textWidth(p.label, 12, true);
    const a = anchor(p);
    const x0 = at(mid(p)) - (a === 'start' ? 6 : a === 'end' ? w - 6 : w / 2);
    const box = (dy: number) => ({ x0, x1: x0 + w, y0: yAt(p.value) + dy - 8, y1: yAt(p.value) + dy + 8 });
    const clear = (b: ReturnType<typeof box>) => placed.every((q) => b.x1 < q.x0 || b.x0 > q.x1 || b.y1 < q.y0 || b.y0 > q.y1);
    const up = box(-16);
    const down = box(18);
    if (!clear(up) && clear(down) && down.y1 < height - 30) {
      below.add(p);
      placed.push(down);
    } else placed.push(up);
  }
  const label = (a: 'start' | 'middle' | 'end', under: boolean) => Plot.text(points.filter((p) => anchor(p) === a && below.has(p) === under), {
    x: mid, y: 'value', text: 'label', dy: under ? 18 : -16, dx: a === 'start' ? -6 : a === 'end' ? 6 : 0, textAnchor: a, className: 'value-label', ...HALO,
  } as Plot.TextOptions);
  const spans = [...points].sort((a, b) => end(b).getTime() - start(b).getTime() - (end(a).getTime() - start(a).getTime()));
  const yearsShown = y1 - y0 + 1;
  const every = Math.ceil(yearsShown / Math.max(2, Math.floor((width - marginLeft - marginRight) / 48)));
  return {
    width,
    height,
    marginTop: 28,
    marginLeft,
    marginRight,
    x: {
      type: 'utc', domain: [date(`${y0}-01-01`), date(`${y1}-01-01`)], label: null,
      ticks: Array.from({ length: yearsShown }, (_, i) => date(`${y0 + i}-01-01`)).filter((_, i) => i % every === 0),
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
    },
    y: { domain: [0, max * 1.25], grid: true, label: null, ticks: 4, tickFormat: tick },
    marks: [
      Plot.ruleY([0]),
      // the longest spans first, so that shorter ones lie on top of them
      Plot.rect(spans, { x1: start, x2: end, y1: 0, y2: 'value', fill: (p: ChartPoint) => STATUS_COLOR[p.status], fillOpacity: 0.16, stroke: (p: ChartPoint) => STATUS_COLOR[p.status], strokeWidth: 1.5, ...LINKED }),
      Plot.dot(points, { x: mid, y: 'value', r: 5.5, symbol: (p: ChartPoint) => STATUS_SYMBOL[p.status], fill: (p: ChartPoint) => STATUS_COLOR[p.status], stroke: 'var(--bg)' }),
      ...(['start', 'middle', 'end'] as const).flatMap((a) => [label(a, false), label(a, true)]),
    ],
  };
}
