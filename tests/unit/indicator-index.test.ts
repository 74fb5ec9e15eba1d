import { describe, expect, it } from 'vitest';
import { filterQuery, programmeShown, readFilter, statusShown, WITH_TARGET } from '../../src/lib/index-filter.ts';
import { indicatorIndex, statusCounts } from '../../src/lib/indicator-index.ts';
import { buildSite } from '../../src/lib/site.ts';
import { dataset, INDICATOR_HEADER } from './helpers.ts';

const PROGRAMMES = `id,code,kind,issuer,issued,title_vi,title_en,period_start,period_end,parent,source,line,quote
area-party-members,,area,,,Tổ chức đảng và đảng viên,Party organisations and members,,,,,,
ctr-01-tu,01-CTr/TU,work-programme,city-committee,,Xây dựng Đảng,Party building,2021,2025,,,,
congress-17,,congress-resolution,city-congress,,Nghị quyết Đại hội XVII,17th Congress resolution,2020,2025,,,,
`;
// one more indicator, with no result in any source
const INDICATORS = `${INDICATOR_HEADER}
new-members-admitted,congress-17,Đảng viên mới được kết nạp,New party members admitted,count,đảng viên,party members,yes,sum,range,9000,10000,year,tiny,3,kết nạp 9.000 - 10.000 đảng viên mỗi năm,,,,,
weak-orgs-consolidated,area-party-members,TCCSĐ yếu kém đã củng cố,Weak grassroots organisations consolidated,count,tổ chức,organisations,yes,,all,,,,,,,,,,,
upper-level-orgs-founded,area-party-members,Đảng bộ cấp trên cơ sở thành lập mới,Upper-level party organisations founded,count,đảng bộ,party organisations,,,none,,,,,,,,,,,
cells-founded,area-party-members,Chi bộ thành lập mới,Party cells founded,count,chi bộ,party cells,,,none,,,,,,,,,,,
`;
const site = buildSite(dataset({ programmes: PROGRAMMES, indicators: INDICATORS }));

describe('the indicators index', () => {
  it('groups indicators by programme in the order of programmes.csv, leaving out programmes without any', () => {
    expect(indicatorIndex(site, 'vi').map((g) => g.programme.id)).toEqual(['area-party-members', 'congress-17']);
  });

  it('keeps the order of indicators.csv within a programme', () => {
    const area = indicatorIndex(site, 'en')[0]!;
    expect(area.entries.map((e) => e.label)).toEqual(['Weak grassroots organisations consolidated', 'Upper-level party organisations founded', 'Party cells founded']);
  });

  it('names an instrument by its short name with its title beside, an area by its title alone', () => {
    const site2 = buildSite(dataset({ programmes: PROGRAMMES, indicators: INDICATORS.replace('cells-founded,area-party-members', 'cells-founded,ctr-01-tu') }));
    const [area, ctr] = indicatorIndex(site2, 'vi');
    expect([area!.name, area!.title]).toEqual(['Tổ chức đảng và đảng viên', undefined]);
    expect([ctr!.name, ctr!.title]).toEqual(['Chương trình công tác 01-CTr/TU', 'Xây dựng Đảng']);
  });

  it('shows the latest result as the site words it, with its period, and the status', () => {
    const congress = indicatorIndex(site, 'vi')[1]!;
    expect(congress.entries[0]).toEqual({ id: 'new-members-admitted', label: 'Đảng viên mới được kết nạp', result: '9.553 đảng viên (2021)', status: 'met', verdict: 'Đạt cả 2/2 năm' });
    expect(indicatorIndex(site, 'en')[1]!.entries[0]!.result).toBe('9,553 party members (2021)');
  });

  it('gives no result where no source reports one', () => {
    const cells = indicatorIndex(site, 'vi')[0]!.entries.find((e) => e.id === 'cells-founded')!;
    expect(cells).toMatchObject({ result: undefined, status: 'no-target' });
  });

  it('counts the statuses in the order of the rule', () => {
    const counts = statusCounts(indicatorIndex(site, 'vi'));
    expect(counts.map(([s]) => s)).toEqual(['met', 'progress', 'no-target']);
    expect(counts.reduce((a, [, n]) => a + n, 0)).toBe(4);
  });
});

describe('the filter of the index', () => {
  it('reads and writes the address', () => {
    expect(readFilter('?status=met&programme=congress-17')).toEqual({ status: 'met', programme: 'congress-17' });
    expect(readFilter('')).toEqual({ status: '', programme: '' });
    expect(filterQuery({ status: 'met', programme: '' })).toBe('?status=met');
    expect(filterQuery({ status: '', programme: '' })).toBe('');
    expect(readFilter(filterQuery({ status: WITH_TARGET, programme: 'area-cadres' }))).toEqual({ status: WITH_TARGET, programme: 'area-cadres' });
  });

  it('shows one status, any status with a target, or all', () => {
    expect(statusShown({ status: 'met', programme: '' }, 'met')).toBe(true);
    expect(statusShown({ status: 'met', programme: '' }, 'exceeded')).toBe(false);
    expect(statusShown({ status: WITH_TARGET, programme: '' }, 'not-comparable')).toBe(true);
    expect(statusShown({ status: WITH_TARGET, programme: '' }, 'no-target')).toBe(false);
    expect(statusShown({ status: '', programme: '' }, 'no-target')).toBe(true);
  });

  it('shows one programme or all', () => {
    expect(programmeShown({ status: '', programme: 'congress-17' }, 'congress-17')).toBe(true);
    expect(programmeShown({ status: '', programme: 'congress-17' }, 'ctr-01-tu')).toBe(false);
    expect(programmeShown({ status: '', programme: '' }, 'ctr-01-tu')).toBe(true);
  });
});
