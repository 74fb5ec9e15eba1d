/**
 * SVG to PNG at build time with resvg, using DejaVu Sans from the project's own
 * dependencies (full Vietnamese coverage), so every machine renders the same pixels.
 * Parsing and rasterising run on libuv's thread pool, so pages build meanwhile.
 *
 * A PNG is a function of its SVG, its scale, the fonts and resvg's version, and nothing
 * else: it is kept under that key in node_modules/.cache, so a rebuild rasterises only
 * the charts whose drawing changed (a third of a full build's CPU time is rasterising).
 */
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
const RENDERER = `resvg ${version('@resvg/resvg-js')}, dejavu ${version('dejavu-fonts-ttf')}`;
/** node_modules/.cache/hanoi-targets/png: tools' caches live there, and a fresh install starts it empty */
const CACHE = join(dirname(require.resolve('@resvg/resvg-js/package.json')), '..', '..', '.cache', 'hanoi-targets', 'png');

export async function rasterise(svg: string, scale: number): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return image.asPng();
}

/** The cache key: every input of the rendering. */
export function pngKey(svg: string, scale: number): string {
  return createHash('sha256').update(`${RENDERER}\n${FONTS.map((f) => basename(f)).join(',')}\nscale ${scale}\n${svg}`).digest('hex');
}

export async function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  const file = join(CACHE, `${pngKey(svg, scale)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await rasterise(svg, scale);
    mkdirSync(CACHE, { recursive: true });
    // written whole, then renamed: two builds at once never read half a file
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
    return png;
  }
}
