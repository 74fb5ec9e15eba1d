import { describe, expect, it } from 'vitest';
import { chartSummary } from '../../src/lib/summary.ts';
import { dataset } from './helpers.ts';

const d = dataset();
const ind = (id: string) => d.indicators.find((i) => i.id === id)!;
const obs = (id: string) => d.observations.filter((o) => o.indicator === id);

describe('the text summary under a chart', () => {
  it('states the target, then each result with its status, in Vietnamese', () => {
    expect(chartSummary('vi', ind('new-members-admitted'), obs('new-members-admitted'))).toBe(
      'Chỉ tiêu: 9.000–10.000 đảng viên mỗi năm. Năm 2020: 9.729 đảng viên (đạt 108,1% kế hoạch) — đạt chỉ tiêu. Năm 2021: 9.553 đảng viên — đạt chỉ tiêu.',
    );
  });
  it('and in English', () => {
    expect(chartSummary('en', ind('new-members-admitted'), obs('new-members-admitted'))).toBe(
      'Target: 9,000–10,000 party members a year. 2020: 9,729 party members (108.1% of plan) — target met. 2021: 9,553 party members — target met.',
    );
  });
  it('writes x of y and spans', () => {
    expect(chartSummary('vi', ind('weak-orgs-consolidated'), obs('weak-orgs-consolidated'))).toBe(
      '2021 – 3/2023: 52/54 tổ chức — tiến độ, nguồn không nêu chỉ tiêu.',
    );
  });
  it('says nothing of a target when there is none', () => {
    expect(chartSummary('en', ind('upper-level-orgs-founded'), obs('upper-level-orgs-founded'))).toBe('Oct 2020 – Mar 2023: 1 party organisations.');
  });
});
