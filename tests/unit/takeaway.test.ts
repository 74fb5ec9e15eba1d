/**
 * The takeaway line under a chart's title, by its rule (src/lib/takeaway.ts), on the
 * real data: for a per-year target, the years that missed and the years met, as the
 * tables say it; else the latest result with its status. And the full summary beside the
 * data table says each period once.
 */
import { describe, expect, it } from 'vitest';
import { figureFor } from '../../src/charts/figure.ts';
import { getSite } from '../../src/lib/site.ts';

const site = getSite();

describe('the takeaway line', () => {
  it('names the year a per-year target missed and counts the years it was met, in the words of the tables', () => {
    expect(figureFor(site, 'vi', 'grassroots-orgs-rated-good')!.takeaway).toBe('Chưa đạt năm 2021 · đạt 2/3 năm.');
    expect(figureFor(site, 'en', 'grassroots-orgs-rated-good')!.takeaway).toBe('Missed in 2021 · met in 2 of 3 years.');
  });

  it('counts exceeded as met', () => {
    expect(figureFor(site, 'vi', 'new-members-admitted')!.takeaway).toBe('Đạt cả 3/3 năm.');
    expect(figureFor(site, 'en', 'new-members-admitted')!.takeaway).toBe('Met in 3 of 3 years.');
  });

  it('otherwise gives the latest result, with its status when it has one', () => {
    expect(figureFor(site, 'en', 'par-index-rank')!.takeaway).toMatch(/^2022: 3 of 63\.$/);
    expect(figureFor(site, 'vi', 'weak-orgs-consolidated-city-monitored')!.takeaway).toMatch(/^2021–2024: 52\/54 .* — /);
  });

  it('is one line, shorter than the summary', () => {
    for (const id of ['new-members-admitted', 'grassroots-orgs-rated-good', 'staff-cut-rate-party-mass-orgs']) {
      const f = figureFor(site, 'vi', id)!;
      expect(f.takeaway.length, id).toBeLessThan(90);
      expect(f.takeaway.length, id).toBeLessThan(f.summary.length);
    }
  });
});

describe('the full summary', () => {
  it('says each period once, however the sources write it ("31.706" once, one 2022)', () => {
    const s = figureFor(site, 'vi', 'new-members-admitted')!.summary;
    expect(s.match(/31\.706/g)).toHaveLength(1);
    expect(s.match(/Năm 2022/g)).toHaveLength(1);
  });
});
