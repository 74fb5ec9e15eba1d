/**
 * Golden SVGs, one per chart kind, from tiny inline data. Like Observable Plot's own
 * tests: numbers are rounded before comparing, and a mismatch writes
 * tests/output/<name>-changed.svg beside the golden file for a look.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureFor, overviewFigure, type Figure } from '../../src/charts/figure.ts';
import { buildSite } from '../../src/lib/site.ts';
import { dataset, INDICATOR_HEADER, OBSERVATION_HEADER } from './helpers.ts';

const indicators = `${INDICATOR_HEADER}
admitted,congress-17,Đảng viên mới được kết nạp,New party members admitted,count,đảng viên,party members,yes,sum,range,9000,10000,year,tiny,3,kết nạp 9.000 - 10.000 đảng viên mỗi năm,,,,,
cut,area-party-members,Tỷ lệ tinh giản biên chế,Staff cut rate,percent,%,%,yes,,min,10,,term,tiny,2,2020,,,,,
consolidated,area-party-members,TCCSĐ yếu kém đã củng cố,Weak organisations consolidated,count,tổ chức,organisations,yes,,all,,,,,,,,,,,
rank,area-party-members,Thứ hạng PAR INDEX,PAR INDEX rank,rank,bậc,rank,no,,none,,,,,,,,,,,
rank-gained,area-party-members,Số bậc tăng,Places gained,count,bậc,places,yes,,none,,,,,,,,,,,rank
inspected,area-party-members,Tổ chức đảng được kiểm tra,Party organisations inspected,count,tổ chức,organisations,,,none,,,,,,,,,,,
`;
const row = (ind: string, period: string, value: number, extra = ',,,') => `${ind},${period},${value},${extra},tiny,2,x,,,`;
const observations = [OBSERVATION_HEADER,
  row('admitted', '2020', 9729), row('admitted', '2021', 9553), row('admitted', '2022', 10183), row('admitted', '2023-Q1', 2241),
  row('cut', '2015/2021', 15.66), row('cut', '2021/2023', 8),
  row('consolidated', '2022', 28, ',39,,'), row('consolidated', '2021/2024', 52, ',54,,'),
  row('rank', '2022', 3, ',63,,'), row('rank-gained', '2022', 7),
  row('inspected', '2020-10/2023-03', 317), row('inspected', '2022', 145), row('inspected', '2020-10/2024', 466),
].join('\n') + '\n';

const site = buildSite(dataset({ indicators, observations, exclusions: 'source,line,token,reason\n' }));

/** Rounds long decimals, as Plot's tests do, so that float noise does not fail the test. */
function normalise(svg: string): string {
  return svg.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)).replace(/></g, '>\n<');
}

function golden(name: string, figure: Figure | undefined) {
  expect(figure, `${name}: no figure`).toBeDefined();
  const actual = normalise(figure!.svg);
  const path = `tests/output/${name}.svg`;
  const changed = `tests/output/${name}-changed.svg`;
  if (!existsSync(path)) {
    writeFileSync(path, actual);
    throw new Error(`${path} did not exist; it was written: review it and commit it`);
  }
  if (actual !== readFileSync(path, 'utf8')) writeFileSync(changed, actual);
  else if (existsSync(changed)) unlinkSync(changed);
  expect(actual === readFileSync(path, 'utf8'), `${name} differs from its golden file; see ${changed}`).toBe(true);
}

describe('chart kinds', () => {
  it('yearly: results against a yearly target band', () => {
    const f = figureFor(site, 'vi', 'admitted');
    expect(f?.kind).toBe('yearly');
    golden('yearly', f);
  });
  it('bullet: a result against a threshold', () => {
    const f = figureFor(site, 'en', 'cut');
    expect(f?.kind).toBe('bullet');
    golden('bullet', f);
  });
  it('completion: x of y', () => {
    const f = figureFor(site, 'vi', 'consolidated');
    expect(f?.kind).toBe('completion');
    golden('completion', f);
  });
  it('rank: rank among N with the change', () => {
    const f = figureFor(site, 'en', 'rank');
    expect(f?.kind).toBe('rank');
    expect(f?.points[0]?.label).toBe('3 of 63 (up 7 places)');
    golden('rank', f);
  });
  it('timeline: every report of one measure on one time axis', () => {
    const f = figureFor(site, 'vi', 'inspected');
    expect(f?.kind).toBe('timeline');
    golden('timeline', f);
  });
  it('overview: every indicator with a target as a share of it', () => {
    golden('overview', overviewFigure(site, 'en'));
  });
});

describe('chart markup', () => {
  const f = figureFor(site, 'vi', 'admitted')!;
  it('is named and described by the figure, with no prohibited ARIA', () => {
    const svgTag = f.svg.slice(0, f.svg.indexOf('>'));
    expect(svgTag).toContain('role="group"');
    expect(svgTag).toContain('aria-labelledby="admitted-title"');
    expect(svgTag).toContain('aria-describedby="admitted-summary"');
    expect(f.svg).not.toMatch(/<g[^>]*aria-label=/);
    expect(f.svg).not.toContain('<style');
  });
  it('hides the axes from screen readers and links each mark to its quote, with a tooltip', () => {
    expect(f.svg).toMatch(/<g aria-hidden="true"[^>]*><text[^>]*>2020</);
    const link = /<a [^>]*>/.exec(f.svg)![0];
    expect(link).toContain('href="#q2"');
    expect(link).toContain('aria-label="2020, 9.729 đảng viên, Đạt chỉ tiêu, Báo cáo, khoảng 3/2023 – 6/2023"');
    expect(f.svg).toMatch(/<g [^>]*class="tip"[^>]*>/);
    expect(/<g [^>]*class="tip"[^>]*>/.exec(f.svg)![0]).toContain('aria-hidden="true"');
  });
});

describe('text in chart markup', () => {
  it('is escaped in attributes as well as in text, so the SVG stays valid XML', async () => {
    const { escapeAttributes } = await import('../../src/charts/render.ts');
    expect(escapeAttributes('<a aria-label="<b> & &quot;q&quot; &amp;">&lt;b&gt;</a>')).toBe('<a aria-label="&lt;b&gt; &amp; &quot;q&quot; &amp;">&lt;b&gt;</a>');
  });
});

describe('overview rows with a result per year', () => {
  it('draws each year as a mark of its own status, so a miss shows beside a met headline', async () => {
    const { overview } = await import('../../src/charts/overview.ts');
    const { renderSvg } = await import('../../src/charts/render.ts');
    const { parseHTML } = await import('linkedom');
    const year = (label: string, percent: number, status: 'met' | 'below') => ({ label, percent, status, tip: `${label}\n${percent}%`, href: `/x/#y${label}` });
    const plot = overview([
      { id: 'grassroots', label: 'Grassroots organisations rated good', percent: 107.6, status: 'below', statusLabel: 'Below target', href: '/x/', tip: 'x', years: [year('2020', 100.8, 'met'), year('2021', 99.9, 'below'), year('2022', 107.6, 'met')] },
      { id: 'other', label: 'Other', percent: 120, status: 'met', statusLabel: 'Met', href: '/y/', tip: 'y' },
    ], { lang: 'en', width: 320 });
    const svg = renderSvg(plot, { labelledBy: 't', describedBy: 's' });
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/x/#y2020', '/x/#y2021', '/x/#y2022', '/x/', '/y/']));
    const yearMark = document.querySelector('a[href="/x/#y2021"] path')!;
    expect(yearMark.getAttribute('fill')).toBe('var(--status-below)');
    // left of the 100% line
    const line = document.querySelector('line[stroke-dasharray]') ?? document.querySelector('[stroke-dasharray] line')!;
    const x100 = Number(line.getAttribute('x1'));
    const xMark = Number(/translate\(([-\d.]+)/.exec(yearMark.getAttribute('transform')!)![1]);
    expect(xMark).toBeLessThan(x100);
  });
});

describe('the downloads', () => {
  it('carry the key, the takeaway and no CSS variable', async () => {
    const { exportSvg, socialSvg } = await import('../../src/charts/export.ts');
    const f = figureFor(site, 'en', 'admitted')!;
    for (const svg of [exportSvg(f, { siteName: 'S', url: 'u' }), socialSvg(f, { siteName: 'S', url: 'u' })]) {
      for (const item of f.legend) expect(svg).toContain(`>${item.label}</text>`);
      expect(svg).toContain(f.takeaway);
      expect(svg).not.toContain('var(--');
    }
    expect(f.legend.map((l) => l.label)).toEqual(['Exceeded', 'Met', 'Partial period', 'Target']);
  });
});

describe('geometry in chart markup', () => {
  it('is rounded to a tenth of a pixel, and text is left as written', async () => {
    const { roundGeometry } = await import('../../src/charts/render.ts');
    expect(roundGeometry('<path d="M1.23456,2.98765L3,4" transform="translate(44.896526073049166,24)"></path><text x="1.25">10.183</text>'))
      .toBe('<path d="M1.2,3L3,4" transform="translate(44.9,24)"></path><text x="1.3">10.183</text>');
    expect(figureFor(site, 'vi', 'admitted')!.svg).not.toMatch(/ (d|transform|x|y)="[^"]*\d\.\d{2}/);
  });
});
