/**
 * Every report of one measure on one time axis, whatever its source. Each value is a
 * line over the period it covers, ending in a dot: a year is short, a count "from the
 * start of the term to date" is long, so cumulative figures that grew between reports
 * read as what they are, not as a contradiction.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format.ts';
import { formatMeasure } from '../lib/phrase.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { STATUS_COLOR } from './style.ts';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function timeline(points: ChartPoint[], { lang, indicator: ind, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const start = (p: ChartPoint) => date(p.period.start);
  const end = (p: ChartPoint) => date(p.period.end);
  const max = Math.max(...points.map((p) => p.value));
  const years = [...new Set(points.flatMap((p) => [p.period.from.year, p.period.to.year + 1]))];
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  return {
    width,
    height: 240,
    marginTop: 28,
    marginLeft: 52,
    marginRight: 24,
    x: {
      type: 'utc', domain: [date(`${y0}-01-01`), date(`${y1}-01-01`)], label: null,
      ticks: Array.from({ length: y1 - y0 + 1 }, (_, i) => date(`${y0 + i}-01-01`)).filter((_, i, a) => a.length <= 8 || i % 2 === 0),
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
    },
    y: { domain: [0, max * 1.2], grid: true, label: null, ticks: 4, tickFormat: (d: number) => (ind.measure === 'percent' ? formatMeasure(lang, ind, d) : formatNumber(lang, d)) },
    marks: [
      Plot.ruleY([0]),
      Plot.link(points, { x1: start, x2: end, y1: 'value', y2: 'value', stroke: (p: ChartPoint) => STATUS_COLOR[p.status], strokeWidth: 3, strokeOpacity: 0.55 }),
      Plot.dot(points, {
        x: end, y: 'value', r: 5, fill: (p: ChartPoint) => STATUS_COLOR[p.status], stroke: 'var(--bg)',
        ...LINKED,
      }),
      Plot.text(points, { x: end, y: 'value', text: 'label', dy: -12, className: 'value-label' } as Plot.TextOptions),
    ],
  };
}
