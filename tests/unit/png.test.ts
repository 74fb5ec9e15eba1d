/**
 * Chart PNGs: rasterising is deterministic (two builds give the same bytes, which the
 * build-twice test relies on once the second build reads the cache), and the cache
 * key changes with anything that changes the picture.
 */
import { describe, expect, it } from 'vitest';
import { getSite } from '../../src/lib/site.ts';
import { chartFigure } from '../../src/charts/catalog.ts';
import { EXPORT_CHART_WIDTH, exportSvg } from '../../src/charts/export.ts';
import { exportText } from '../../src/lib/cite.ts';
import { pngKey, rasterise, svgToPng } from '../../src/lib/png.ts';

const site = getSite();
const figure = chartFigure(site, 'vi', 'new-members-admitted', { width: EXPORT_CHART_WIDTH, origin: 'https://example.org/' })!;
const svg = exportSvg(figure, exportText(site, 'vi', figure.id, 'https://example.org/indicators/new-members-admitted/'));

describe('chart PNGs', () => {
  it('rasterise to the same bytes every time', async () => {
    const [a, b] = [await rasterise(svg, 2), await rasterise(svg, 2)];
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(a.equals(b)).toBe(true);
  });

  it('come from the cache exactly as rendered', async () => {
    const fresh = await rasterise(svg, 2);
    expect((await svgToPng(svg, 2)).equals(fresh)).toBe(true);
    expect((await svgToPng(svg, 2)).equals(fresh)).toBe(true);
  });

  it('are kept under a key that changes with the drawing and the scale', () => {
    expect(pngKey(svg, 2)).toBe(pngKey(svg, 2));
    expect(pngKey(svg.replace('Số đảng viên', 'Số Đảng viên'), 2)).not.toBe(pngKey(svg, 2));
    expect(pngKey(svg, 1)).not.toBe(pngKey(svg, 2));
  });
});
