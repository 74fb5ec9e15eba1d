/** What every chart function takes besides its points. */
import type { Indicator } from '../schemas/indicators.ts';
import type { Lang } from '../lib/format.ts';

export interface ChartOptions {
  lang: Lang;
  indicator: Indicator;
  /** drawing width in px; the SVG scales down to its container */
  width?: number;
}

/**
 * Each chart is drawn at these widths at build time; the stylesheet shows the widest
 * that fits its container (a container query), scaled up by at most 14/12, so that
 * its 12 px text reads at 12–14 px from a 264 px embed to a wide column.
 */
export const WIDTHS = [264, 320, 420, 560] as const;

/** The largest scale a drawing is shown at: 12 px text stays at most 14 px. */
export const MAX_SCALE = 14 / 12;

/** The width of the single drawing: downloads, social images and the golden SVGs. */
export const DEFAULT_WIDTH = 400;
