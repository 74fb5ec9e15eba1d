/** What every chart function takes besides its points. */
import type { Indicator } from '../schemas/indicators.ts';
import type { Lang } from '../lib/format.ts';

export interface ChartOptions {
  lang: Lang;
  indicator: Indicator;
  /** drawing width in px; the SVG scales down to its container */
  width?: number;
}

/** Charts are drawn for a phone first, and scale up on wider screens. */
export const DEFAULT_WIDTH = 400;

/** Embeds are drawn narrower still: they must read well in a 280 px column. */
export const EMBED_WIDTH = 320;
