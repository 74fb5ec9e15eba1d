/**
 * A chart as a figure: which kind fits the indicator, the points it draws, and the
 * words around it (title, subtitle with unit and period, text summary, source line).
 * One model serves the article, the indicator page, the embed and the downloads.
 */
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Row } from '../lib/dataset.ts';
import { formatNumber, formatPeriod, type Lang } from '../lib/format.ts';
import { coveredSpan } from '../lib/period.ts';
import { formatValue, listOf, missedPhrase, statusLabel, unit, verdictLabel } from '../lib/phrase.ts';
import { routes } from '../lib/routes.ts';
import { headlineCounts, scoreboard } from '../lib/scoreboard.ts';
import { overview, type OverviewRow } from './overview.ts';
import type { Site } from '../lib/site.ts';
import { chartSummary } from '../lib/summary.ts';
import { t } from '../i18n/index.ts';
import type * as Plot from '@observablehq/plot';
import { bullet } from './bullet.ts';
import { completion } from './completion.ts';
import { DEFAULT_WIDTH, WIDTHS } from './options.ts';
import { legendItems, type LegendItem, type MarkKey } from './legend.ts';
import { takeaway } from '../lib/takeaway.ts';
import { chartPoints, sourceShortLabel, type ChartPoint } from './point.ts';
import { rank, type RankPoint } from './rank.ts';
import { renderSvg, type RenderOptions } from './render.ts';
import { timeline } from './timeline.ts';
import { yearly } from './yearly.ts';

export type ChartKind = 'yearly' | 'bullet' | 'completion' | 'rank' | 'timeline' | 'overview';

export interface Figure {
  id: string;
  kind: ChartKind;
  title: string;
  subtitle: string;
  summary: string;
  /** the sources drawn on, each as "Báo cáo, khoảng 3/2023 – 6/2023" */
  sources: string[];
  /** "Nguồn: …", the figure's footer */
  sourceLine: string;
  points: ChartPoint[];
  /** what the first column of the data table holds: the period, or the indicator */
  rowHeader: 'period' | 'indicator';
  /** the one line under the title that says what the chart shows */
  takeaway: string;
  /** the key: statuses shown and every other kind of mark */
  legend: LegendItem[];
  /** the chart drawn at the requested width: downloads and social images */
  svg: string;
  plot: Plot.PlotOptions;
  /** the chart drawn at each of WIDTHS, for the page to show the one that fits */
  readonly sizes: { width: number; svg: string }[];
}

/** Draws lazily at each width, once: downloads never need them. */
function sizes(draw: (width: number) => Plot.PlotOptions, a11y: RenderOptions): () => { width: number; svg: string }[] {
  let list: { width: number; svg: string }[] | undefined;
  return () => (list ??= WIDTHS.map((width) => ({ width, svg: renderSvg(draw(width), { ...a11y, className: `chart-w${width}` }) })));
}

const byRecency = (site: Site) => (a: Row<Observation>, b: Row<Observation>) =>
  a.period.end.localeCompare(b.period.end) || a.period.start.localeCompare(b.period.start) ||
  site.sourceDate(b.source).localeCompare(site.sourceDate(a.source)) || a.row - b.row;

/** Keeps the first point of each key: the most recent source's, as points are sorted that way. */
function unique(points: ChartPoint[], key: (p: ChartPoint) => string): ChartPoint[] {
  const seen = new Set<string>();
  return points.filter((p) => !seen.has(key(p)) && seen.add(key(p)));
}

/** Makes row labels unique when two sources report the same period differently. */
function distinctLabels(points: ChartPoint[], site: Site): ChartPoint[] {
  const count = new Map<string, number>();
  for (const p of points) count.set(p.periodLabel, (count.get(p.periodLabel) ?? 0) + 1);
  return points.map((p) => (count.get(p.periodLabel)! > 1 ? { ...p, periodLabel: `${p.periodLabel} · ${site.sourceDate(p.source).slice(0, 4)}` } : p));
}

export function chartKind(ind: Indicator, points: ChartPoint[]): ChartKind | undefined {
  if (points.length === 0) return undefined;
  if (ind.measure === 'rank' && points.some((p) => p.total !== undefined)) return 'rank';
  if (ind.target_kind === 'all' || (ind.measure === 'count' && points.every((p) => p.total !== undefined))) {
    return points.some((p) => p.total !== undefined) ? 'completion' : undefined;
  }
  if (ind.target_kind === 'plan') return points.some((p) => p.statedPercent !== undefined || ind.measure === 'percent') ? 'bullet' : 'timeline';
  if (ind.target_kind !== 'none') {
    const single = points.filter((p) => !p.period.isSpan);
    return ind.target_per === 'year' && new Set(single.map((p) => p.periodLabel)).size >= 2 ? 'yearly' : 'bullet';
  }
  return new Set(points.map((p) => `${p.period.raw}|${p.value}`)).size >= 2 ? 'timeline' : undefined;
}

function pointsFor(kind: ChartKind, ind: Indicator, points: ChartPoint[], site: Site, lang: Lang): ChartPoint[] {
  switch (kind) {
    case 'yearly':
      return unique(points.filter((p) => !p.period.isSpan), (p) => p.periodLabel);
    case 'bullet': {
      const comparable = ind.target_kind === 'plan' ? points.filter((p) => p.statedPercent !== undefined || ind.measure === 'percent') : points;
      return distinctLabels(unique(comparable, (p) => `${p.periodLabel}|${p.value}`), site);
    }
    case 'completion':
      return distinctLabels(unique(points.filter((p) => p.total !== undefined), (p) => `${p.periodLabel}|${p.value}|${p.total}`), site);
    case 'rank':
      return distinctLabels(rankPoints(ind, points.filter((p) => p.total !== undefined), site, lang), site);
    case 'timeline':
    case 'overview':
      // one mark per period and value, however the sources write the period
      return unique(points, (p) => `${p.period.start}|${p.period.end}|${p.value}`);
  }
}

/** The previous rank, from an indicator that counts places gained or lost. */
function rankPoints(ind: Indicator, points: ChartPoint[], site: Site, lang: Lang): RankPoint[] {
  const change = site.data.indicators.find((i) => i.change_of === ind.id);
  const tr = t(lang);
  return points.map((q) => {
    const p = { ...q, label: tr('value.rank', { value: q.label, total: formatNumber(lang, q.total ?? 0) }) };
    const c = change && site.observationsOf(change.id).find((o) => o.period.raw === p.period.raw && o.source === p.source);
    if (!change || !c) return p;
    const previous = change.higher_is_better === false ? p.value - c.value : p.value + c.value;
    const moved = tr(change.higher_is_better === false ? 'rank.down' : 'rank.up', { n: c.value });
    return { ...p, previous, label: `${p.label} (${moved})` };
  });
}

const memo = new WeakMap<Site, Map<string, Figure | undefined>>();

/** An indicator's chart figure, or undefined when it has none; computed once per site, language and options. */
export function figureFor(site: Site, lang: Lang, indicatorId: string, opts: { pageHref?: string; width?: number } = {}): Figure | undefined {
  const cache = memo.get(site) ?? new Map<string, Figure | undefined>();
  memo.set(site, cache);
  const key = [lang, indicatorId, opts.pageHref ?? '', opts.width ?? ''].join('|');
  if (!cache.has(key)) cache.set(key, buildFigure(site, lang, indicatorId, opts));
  return cache.get(key);
}

function buildFigure(site: Site, lang: Lang, indicatorId: string, opts: { pageHref?: string; width?: number }): Figure | undefined {
  const ind = site.indicators.get(indicatorId);
  if (!ind) return undefined;
  // oldest period first; within a period the most recent source first, so that `unique` keeps the latest report
  const obs = [...site.observationsOf(ind.id)].sort(byRecency(site));
  const points = chartPoints(lang, ind, obs, site.sources, opts.pageHref ?? '');
  const kind = chartKind(ind, points);
  if (!kind) return undefined;
  const drawn = pointsFor(kind, ind, points, site, lang);
  const draw = (width: number) => {
    const options = { lang, indicator: ind, width };
    return kind === 'yearly' ? yearly(drawn, options)
      : kind === 'bullet' ? bullet(drawn, options)
      : kind === 'completion' ? completion(drawn, options)
      : kind === 'rank' ? rank(drawn, options)
      : timeline(drawn, options);
  };
  const plot = draw(opts.width ?? DEFAULT_WIDTH);
  const id = ind.id;
  const tr = t(lang);
  const span = formatPeriod(lang, coveredSpan(obs.map((o) => o.period)));
  const u = ind.measure === 'percent' ? '%' : unit(lang, ind);
  const usedSources = [...new Set(obs.map((o) => o.source))].map((s) => sourceShortLabel(lang, site.sources.get(s)!));
  const title = lang === 'vi' ? ind.label_vi : ind.label_en;
  const summary = chartSummary(lang, ind, obs);
  const a11y = { labelledBy: `${id}-title`, describedBy: `${id}-summary` };
  const marks: MarkKey[] = [];
  if (kind === 'completion') marks.push('whole');
  else if (kind === 'yearly' && ind.target_kind !== 'none') marks.push('target');
  else if (kind === 'bullet' && ind.target_kind !== 'none') marks.push('target-x');
  if (kind === 'rank' && drawn.some((p) => (p as RankPoint).previous !== undefined)) marks.push('previous');
  if (kind === 'timeline' && drawn.some((p) => p.period.isSpan)) marks.push('span');
  const drawSizes = sizes(draw, a11y);
  const line = takeaway(lang, ind, obs, (s) => site.sourceDate(s));
  return {
    id,
    kind,
    title,
    subtitle: [u, span].filter(Boolean).join(' · '),
    summary,
    sources: usedSources,
    sourceLine: `${tr(usedSources.length > 1 ? 'figure.sources' : 'figure.source')}: ${usedSources.join('; ')}`,
    points: drawn,
    rowHeader: 'period',
    plot,
    takeaway: line,
    legend: legendItems(lang, drawn.map((p) => p.status), marks),
    svg: renderSvg(plot, a11y),
    get sizes() { return drawSizes(); },
  };
}

/** The home page's chart: every judged indicator, its standing result in percent of target, each year of a per-year target, misses first. */
export function overviewFigure(site: Site, lang: Lang, opts: { width?: number; hrefBase?: string } = {}): Figure {
  const tr = t(lang);
  const board = scoreboard(site);
  const entries = board.filter((e) => e.percent !== undefined && e.observation);
  const href = (id: string) => (opts.hrefBase ? new URL(routes.indicator(lang, id), opts.hrefBase).href : routes.indicator(lang, id));
  const points: ChartPoint[] = entries.map((e) => {
    const ind = e.indicator;
    const o = e.observation!;
    const [p] = chartPoints(lang, ind, [o], site.sources);
    const label = lang === 'vi' ? ind.label_vi : ind.label_en;
    const standing = verdictLabel(lang, e);
    return {
      ...p!,
      status: e.status,
      periodLabel: label,
      value: e.percent!,
      label: `${formatValue(lang, ind, o)} (${formatPeriod(lang, o.period)})`,
      href: href(ind.id),
      tip: [label, formatValue(lang, ind, o), formatPeriod(lang, o.period), standing].join('\n'),
    };
  });
  const rows: OverviewRow[] = points.map((p, i) => {
    const e = entries[i]!;
    return {
      id: e.indicator.id, label: p.periodLabel, percent: p.value, status: e.status,
      statusLabel: verdictLabel(lang, e), href: p.href, tip: p.tip,
      // the other years: the year the row stands on is its large mark already
      years: e.years.length > 1 ? e.years.filter((y) => y.observation !== e.observation).map((y) => ({
        label: y.year, percent: y.percent, status: y.status, href: p.href,
        tip: [p.periodLabel, `${y.year}: ${formatValue(lang, e.indicator, y.observation)}`, statusLabel(lang, y.status)].join('\n'),
      })) : undefined,
    };
  });
  const draw = (width: number) => overview(rows, { lang, width });
  const plot = draw(opts.width ?? DEFAULT_WIDTH);
  const id = 'overview';
  const a11y = { labelledBy: `${id}-title`, describedBy: `${id}-summary` };
  const drawSizes = sizes(draw, a11y);
  const shown = rows.flatMap((r) => [r.status, ...(r.years ?? []).map((y) => y.status)]);
  const judged = rows.filter((r) => r.status === 'met' || r.status === 'exceeded').length;
  const line = tr('overview.takeaway', { n: rows.length, met: judged, below: rows.filter((r) => r.status === 'below').length });
  const counts = headlineCounts(board);
  const title = tr('home.overview.title');
  const allSources = site.data.sources.map((s) => sourceShortLabel(lang, s));
  const summary = tr('overview.summary', { ...counts, missedList: listOf(lang, entries.filter((e) => e.status === 'below').map((e) => missedPhrase(lang, e))) });
  return {
    id, kind: 'overview', points, rowHeader: 'indicator', plot,
    title,
    subtitle: tr('home.overview.subtitle'),
    summary,
    sources: allSources,
    sourceLine: `${tr('figure.sources')}: ${allSources.join('; ')}`,
    takeaway: line,
    legend: legendItems(lang, shown, rows.some((r) => r.years?.length) ? ['on-target', 'year'] : ['on-target']),
    svg: renderSvg(plot, a11y),
    get sizes() { return drawSizes(); },
  };
}
