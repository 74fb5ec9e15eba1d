/**
 * SVG to PNG at build time with resvg, using DejaVu Sans from the project's own
 * dependencies (full Vietnamese coverage), so every machine renders the same pixels.
 * Parsing and rasterising run on libuv's thread pool, so pages build meanwhile.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));

export async function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return image.asPng();
}
