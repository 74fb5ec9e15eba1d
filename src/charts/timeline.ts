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
  const marginLeft = 52;
  const marginRight = 12;
  const t0 = date(`${y0}-01-01`).getTime();
  const t1 = date(`${y1}-01-01`).getTime();
  const at = (d: Date) => marginLeft + ((d.getTime() - t0) / (t1 - t0)) * (width - marginLeft - marginRight);
  // the label is centred on its mark unless that would cross an edge
  const anchor = (p: ChartPoint): 'start' | 'middle' | 'end' => {
    const half = textWidth(p.label, 12, true) / 2;
    return at(mid(p)) - half < 2 ? 'start' : at(mid(p)) + half > width - 2 ? 'end' : 'middle';
  };
  const label = (a: 'start' | 'middle' | 'end') => Plot.text(points.filter((p) => anchor(p) === a), {
    x: mid, y: 'value', text: 'label', dy: -16, dx: a === 'start' ? -6 : a === 'end' ? 6 : 0, textAnchor: a, className: 'value-label', ...HALO,
  } as Plot.TextOptions);
  const spans = [...points].sort((a, b) => end(b).getTime() - start(b).getTime() - (end(a).getTime() - start(a).getTime()));
  const yearsShown = y1 - y0 + 1;
  const every = Math.ceil(yearsShown / Math.max(2, Math.floor((width - marginLeft - marginRight) / 48)));
  return {
    width,
    height: 250,
    marginTop: 28,
    marginLeft,
    marginRight,
    x: {
      type: 'utc', domain: [date(`${y0}-01-01`), date(`${y1}-01-01`)], label: null,
      ticks: Array.from({ length: yearsShown }, (_, i) => date(`${y0 + i}-01-01`)).filter((_, i) => i % every === 0),
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
    },
    y: { domain: [0, max * 1.25], grid: true, label: null, ticks: 4, tickFormat: (d: number) => (ind.measure === 'percent' ? formatMeasure(lang, ind, d) : formatNumber(lang, d)) },
    marks: [
      Plot.ruleY([0]),
      // the longest spans first, so that shorter ones lie on top of them
      Plot.rect(spans, { x1: start, x2: end, y1: 0, y2: 'value', fill: (p: ChartPoint) => STATUS_COLOR[p.status], fillOpacity: 0.16, stroke: (p: ChartPoint) => STATUS_COLOR[p.status], strokeWidth: 1.5, ...LINKED }),
      Plot.dot(points, { x: mid, y: 'value', r: 5.5, symbol: (p: ChartPoint) => STATUS_SYMBOL[p.status], fill: (p: ChartPoint) => STATUS_COLOR[p.status], stroke: 'var(--bg)' }),
      label('start'),
      label('middle'),
      label('end'),
    ],
  };
}
