/**
 * A chart's key: each status it shows (shape and colour, with its name) and each
 * other kind of mark it draws (target line, previous rank, a total over a span…),
 * so that no mark goes unexplained. The figure shows it as a list above the chart;
 * the downloads draw the same items into the image.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../lib/format.ts';
import { statusLabel } from '../lib/phrase.ts';
import { STATUSES, type Status } from '../lib/status.ts';
import { STATUS_COLOR, TARGET_FILL, TARGET_STROKE, symbolPath } from './style.ts';

/** target: a horizontal line or band (results over time); target-x and on-target: vertical (bars across) */
export type MarkKey = 'target' | 'target-x' | 'on-target' | 'previous' | 'span' | 'whole' | 'year';

export type LegendItem =
  | { status: Status; label: string }
  | { mark: MarkKey; label: string };

export function legendItems(lang: Lang, statuses: Iterable<Status>, marks: MarkKey[]): LegendItem[] {
  const shown = new Set(statuses);
  return [
    ...STATUSES.filter((s) => shown.has(s)).map((status) => ({ status, label: statusLabel(lang, status) })),
    ...marks.map((mark) => ({ mark, label: t(lang)(`legend.${mark === 'target-x' ? 'target' : mark}`) })),
  ];
}

/** The item's icon as SVG markup in a 16×16 box centred on 8,8. */
export function legendIcon(item: LegendItem): string {
  if ('status' in item) return `<path transform="translate(8,8)" d="${symbolPath(item.status, 90)}" fill="${STATUS_COLOR[item.status]}"/>`;
  switch (item.mark) {
    case 'target':
      return `<rect x="0" y="4" width="16" height="8" fill="${TARGET_FILL}"/><line x1="0" x2="16" y1="8" y2="8" stroke="${TARGET_STROKE}" stroke-dasharray="4 3" stroke-width="1.5"/>`;
    case 'on-target':
      return `<line x1="8" x2="8" y1="0" y2="16" stroke="${TARGET_STROKE}" stroke-dasharray="4 3" stroke-width="1.5"/>`;
    case 'target-x':
      return `<rect x="4" y="0" width="8" height="16" fill="${TARGET_FILL}"/><line x1="8" x2="8" y1="0" y2="16" stroke="${TARGET_STROKE}" stroke-dasharray="4 3" stroke-width="1.5"/>`;
    case 'previous':
      return '<circle cx="8" cy="8" r="4" fill="var(--bg)" stroke="currentColor"/>';
    case 'span':
      return `<rect x="1" y="3" width="14" height="10" fill="currentColor" fill-opacity="0.18" stroke="currentColor"/>`;
    case 'whole':
      return `<rect x="1" y="4" width="14" height="8" fill="${TARGET_FILL}"/>`;
    case 'year':
      return '<circle cx="8" cy="8" r="3" fill="currentColor"/>';
  }
}
