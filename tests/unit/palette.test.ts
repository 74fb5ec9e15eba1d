/**
 * Status colours a reader can tell apart: every pair of statuses stays at least
 * CIEDE2000 10 apart with normal vision and under simulated protanopia, deuteranopia
 * and tritanopia, in the light and the dark theme; each colour reads as text on its
 * background (WCAG 4.5:1, as the status words are set in it); and the stylesheet
 * carries exactly the palette the charts and downloads use.
 */
import { readFileSync } from 'node:fs';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/charts/style.ts';
import { STATUSES } from '../../src/lib/status.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string) => {
  const m = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(css);
  return m ? [m[1]!.toLowerCase(), m[2]!.toLowerCase()] : undefined;
};
const deltaE = differenceCiede2000();
const VISION: [string, (c: string) => Color | string][] = [
  ['normal vision', (c) => c],
  ['protanopia', (c) => filterDeficiencyProt(1)(parse(c)!)],
  ['deuteranopia', (c) => filterDeficiencyDeuter(1)(parse(c)!)],
  ['tritanopia', (c) => filterDeficiencyTrit(1)(parse(c)!)],
];
const THEMES = [['light', 0], ['dark', 1]] as const;
const MIN_DELTA = 10;

describe('the status palette', () => {
  it('has a colour for every status, the same in the stylesheet', () => {
    for (const s of STATUSES) expect(token(`status-${s}`), s).toEqual([...PALETTE[s]]);
  });

  describe.each(THEMES)('%s theme', (theme, i) => {
    const bg = token('bg')![i]!;
    it.each(VISION)(`every pair of statuses at least ΔE2000 ${MIN_DELTA} apart, %s`, (_, simulate) => {
      const close: string[] = [];
      for (const [a, x] of STATUSES.entries()) {
        for (const y of STATUSES.slice(a + 1)) {
          const d = deltaE(simulate(PALETTE[x][i]), simulate(PALETTE[y][i]));
          if (d < MIN_DELTA) close.push(`${x}/${y}: ${d.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    });
    it('every status colour readable as text on the background (4.5:1)', () => {
      for (const s of STATUSES) expect(wcagContrast(PALETTE[s][i], bg), `${theme} ${s}`).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('would catch the old greens: met and exceeded 1.24:1 apart fail', () => {
    expect(deltaE('#1a6b34', '#2e7a3f')).toBeLessThan(MIN_DELTA);
  });
});
