/**
 * The drafts' quality on the real data must not fall (npm run bench:drafts prints the
 * figures). Pinned a little below what was measured, so that an edit of the data's
 * rows does not fail it but a worse classifier, matcher or tokeniser does.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { measureSource, share } from '../../src/lib/draft/measure.ts';
import { readSourceLines, seedsDir } from '../../src/lib/provenance.ts';

// measured: numbers / indicators / reasons
const FLOOR: Record<string, { numbers: number; indicators: number; reasons: number }> = {
  'article-2024-ctr01': { numbers: 1, indicators: 0.72, reasons: 0.94 }, // 100% / 76.0% / 97.2%
  'article-2023-nq15': { numbers: 1, indicators: 1, reasons: 0.9 }, // 100% / 100% (1/1) / 92.9%
  'article-2022-plenum8': { numbers: 1, indicators: 0.55, reasons: 0.85 }, // 100% / 57.1% (4/7) / 87.8%
  'report-2023-midterm': { numbers: 1, indicators: 0.66, reasons: 0.92 }, // 100% / 69.2% / 93.9%
  'article-2022-12-20-ctr01': { numbers: 1, indicators: 0.6, reasons: 0.85 }, // 100% / 60.9% / 87.5%
};

describe('drafts measured on the data (each source drafted from a copy without its rows)', () => {
  const data = loadDataset('data');
  const lines = readSourceLines(data);
  it('finds the sources', () => expect(lines?.size, `sources folder ${seedsDir()}`).toBe(data.sources.length));
  it.each(Object.keys(FLOOR))('%s: numbers drafted, indicators and reasons as in the data', (id) => {
    const m = measureSource(data, 'data', id, lines!);
    const floor = FLOOR[id]!;
    expect(m.numbers.of).toBeGreaterThan(0);
    expect(share(m.numbers)).toBeGreaterThanOrEqual(floor.numbers);
    expect(share(m.indicators)).toBeGreaterThanOrEqual(floor.indicators);
    expect(share(m.reasons)).toBeGreaterThanOrEqual(floor.reasons);
  });
  it('reaches the goals over all sources: ≥ 60% indicators, ≥ 80% reasons', () => {
    const all = Object.keys(FLOOR).map((id) => measureSource(data, 'data', id, lines!));
    const sum = (k: 'indicators' | 'reasons') => share({ hit: all.reduce((a, m) => a + m[k].hit, 0), of: all.reduce((a, m) => a + m[k].of, 0) });
    expect(sum('indicators')).toBeGreaterThanOrEqual(0.6);
    expect(sum('reasons')).toBeGreaterThanOrEqual(0.8);
  });
});
