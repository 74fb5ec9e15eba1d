import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/problem.ts';
import { seedsDir } from '../../src/lib/provenance.ts';
import { validate } from '../../src/lib/validate.ts';
import { typedFigures } from '../../src/lib/prose.ts';

// The real data in data/, checked against the real sources beside the project.
const v = validate('data');

describe('the real data', () => {
  it('loads without a single error', () => {
    expect(v.problems.length === 0 ? '' : formatProblems(v.problems)).toBe('');
    expect(v.data).toBeDefined();
  });

  it('is checked against the sources folder', () => {
    expect(v.sourcesFound, `sources folder ${seedsDir()} is missing`).toBe(true);
  });

  it('accounts for every number in every source', () => {
    const c = v.coverage!;
    expect(c.tokens).toBeGreaterThan(1000);
    expect(c.cited + c.excluded).toBe(c.tokens);
    expect(c.bySource.size).toBe(5);
  });

  it('holds the appendix of targets versus results', () => {
    const d = v.data!;
    const admitted = d.observations.filter((o) => o.indicator === 'new-members-admitted' && o.line >= 566);
    expect(admitted.map((o) => [o.period.raw, o.value])).toEqual([
      ['2020', 9729], ['2020/2023-Q1', 31706], ['2021', 9553], ['2022', 10183], ['2023-Q1', 2241],
    ]);
    const target = d.indicators.find((i) => i.id === 'new-members-admitted')!;
    expect([target.target_kind, target.target_low, target.target_high, target.target_per]).toEqual(['range', 9000, 10000, 'year']);
  });

  it('types no figure in its notes: numbers shown to readers come from the values, never twice', () => {
    const d = v.data!;
    const typed = [...d.indicators, ...d.observations].flatMap((r) =>
      [r.note_vi, r.note_en].flatMap((n) => (n ? typedFigures(n).map((f) => `row ${r.row}: ${f}`) : [])));
    expect(typed).toEqual([]);
  });

  it('keeps instruments with the same code apart', () => {
    const codes = v.data!.programmes.filter((p) => p.code === '09-NQ/TU').map((p) => [p.id, p.issued]);
    expect(codes).toEqual([['nq-09-tu-2012', '2012-02-27'], ['nq-09-tu-2022', '2022-02-22']]);
  });
});
