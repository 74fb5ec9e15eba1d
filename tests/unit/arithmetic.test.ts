import { describe, expect, it } from 'vitest';
import { arithmeticChecks } from '../../src/lib/arithmetic.ts';
import { checkText } from '../../src/lib/check-text.ts';
import { dataset, INDICATOR_HEADER, OBSERVATION_HEADER } from './helpers.ts';

const indicators = `${INDICATOR_HEADER}
docs,area-party-members,Văn bản,Documents,count,văn bản,documents,,,none,,,,,,,,yes,,
docs-a,area-party-members,Loại A,Kind A,count,văn bản,documents,,,none,,,,,,,docs,,,
docs-b,area-party-members,Loại B,Kind B,count,văn bản,documents,,,none,,,,,,,docs,,,
admitted,area-party-members,Kết nạp,Admitted,count,đảng viên,members,yes,sum,none,,,,,,,,,,
rated,area-party-members,Tỷ lệ,Rate,percent,%,%,yes,mean,none,,,,,,,,,,
women,area-party-members,Nữ,Women,count,người,people,,,none,,,,,,,docs,,,
`;
const o = (ind: string, period: string, value: number, extra = ',,,') => `${ind},${period},${value},${extra},tiny,2,x,,,`;
function checks(rows: string[]) {
  const d = dataset({ indicators, observations: [OBSERVATION_HEADER, ...rows].join('\n') + '\n', exclusions: 'source,line,token,reason\n' });
  return arithmeticChecks(d);
}

describe('does the source add up?', () => {
  it('finds a breakdown that does not add up to its printed total', () => {
    const [c] = checks([o('docs', '2022', 818), o('docs-a', '2022', 800), o('docs-b', '2022', 6)]);
    expect(c).toMatchObject({ kind: 'parts', ok: false, reported: 818, computed: 806 });
    expect(checkText('vi', c!)).toBe('Các phần (800 + 6) cộng lại bằng 806, nhưng nguồn ghi tổng là 818 (chênh 12).');
    expect(checkText('en', c!)).toBe('The parts (800 + 6) add up to 806, but the source prints a total of 818 (a difference of 12).');
  });
  it('confirms yearly values that add up to the total of the span they tile', () => {
    const [c] = checks([o('admitted', '2020/2023-Q1', 31706), o('admitted', '2020', 9729), o('admitted', '2021', 9553), o('admitted', '2022', 10183), o('admitted', '2023-Q1', 2241)]);
    expect(c).toMatchObject({ kind: 'periods-sum', ok: true, computed: 31706 });
  });
  it('does not sum years that leave a gap in the span', () => {
    expect(checks([o('admitted', '2020/2023', 30000), o('admitted', '2020', 9729), o('admitted', '2022', 10183)])).toEqual([]);
  });
  it('checks an average of the years to the printed decimal', () => {
    const [c] = checks([o('rated', '2020/2022', 77.6), o('rated', '2020', 76), o('rated', '2021', 75.6), o('rated', '2022', 81.2)]);
    expect(c).toMatchObject({ kind: 'periods-mean', ok: true });
    const [bad] = checks([o('rated', '2020/2022', 77.5), o('rated', '2020', 76), o('rated', '2021', 75.6), o('rated', '2022', 81.2)]);
    expect(bad).toMatchObject({ ok: false });
  });
  it('checks a printed share against x of y, and against the whole', () => {
    const [c] = checks([o('docs', '2022', 54, ',54,96.3,share').replace('54,,54', '52,,54')]);
    expect(c).toMatchObject({ kind: 'share', ok: true });
    const shares = checks([o('docs', '2022', 96), o('women', '2022', 14, ',,14.58,share')]);
    expect(shares.find((x) => x.kind === 'share')).toMatchObject({ ok: true, reported: 14.58 });
    const wrong = checks([o('docs', '2022', 96), o('women', '2022', 14, ',,16,share')]);
    expect(wrong.find((x) => x.kind === 'share')).toMatchObject({ ok: false });
  });
});
