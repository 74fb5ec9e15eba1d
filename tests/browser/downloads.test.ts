/**
 * What journalists take away, checked over the built site: every chart has its embed
 * page with the chart as SVG in the HTML, a valid PNG at twice the display width, a
 * standalone SVG, and a CSV that parses back to the very numbers of data/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { chartIds, OVERVIEW } from '../../src/charts/catalog.ts';
import { EXPORT_WIDTH } from '../../src/charts/export.ts';
import { BOM } from '../../src/lib/csv-out.ts';
import { scoreboard } from '../../src/lib/scoreboard.ts';
import { getSite } from '../../src/lib/site.ts';

const dir = inject('siteDir');
const base = inject('siteUrl');
const site = getSite();
const ids = chartIds(site);
const prefixes = [['vi', ''], ['en', 'en/']] as const;

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(0, 8).toString('hex'), `${path} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function parseCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith(BOM), `${path} has no byte-order mark`).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Each CSV row names its observation by indicator, period, source and line; its numbers must be data's. */
function expectSameNumbers(rows: Record<string, string>[], where: string) {
  for (const r of rows) {
    const o = site.data.observations.find((x) => x.indicator === r.indicator && x.period.raw === r.period && x.source === r.source && x.line === Number(r.line));
    expect(o, `${where}: ${r.indicator} ${r.period} not in data`).toBeDefined();
    expect(Number(r.value)).toBe(o!.value);
    expect(r.total === '' ? undefined : Number(r.total)).toBe(o!.total);
    expect(r.stated_percent === '' ? undefined : Number(r.stated_percent)).toBe(o!.stated_percent);
    expect(r.quote).toBe(o!.quote);
  }
}

describe('every chart, in both languages', () => {
  it('has many charts', () => expect(ids.length).toBeGreaterThan(50));

  it.each(prefixes)('%s: an embed page with the chart as SVG in the HTML, and no site chrome', (_, prefix) => {
    for (const id of ids) {
      const html = readFileSync(join(dir, prefix, 'embed', id, 'index.html'), 'utf8');
      expect(html, id).toMatch(/<figure[^>]*>[\s\S]*<svg[^>]*class="chart[ "][\s\S]*<\/svg>[\s\S]*<\/figure>/);
      expect(html, id).not.toContain('site-header');
    }
  });

  it.each(prefixes)('%s: a PNG at twice the display width', (_, prefix) => {
    for (const id of ids) {
      const { width, height } = pngSize(join(dir, prefix, 'charts', `${id}.png`));
      expect(width, id).toBe(EXPORT_WIDTH * 2);
      expect(height, id).toBeGreaterThan(300);
    }
  });

  it.each(prefixes)('%s: a standalone SVG with title and source', (_, prefix) => {
    for (const id of ids) {
      const svg = readFileSync(join(dir, prefix, 'charts', `${id}.svg`), 'utf8');
      expect(svg, id).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg, id).toMatch(/<title>[^<]+<\/title>/);
      expect(svg, id).not.toContain('var(--');
    }
  });

  it.each(prefixes)('%s: a CSV of exactly the data drawn, with a citation per row', (_, prefix) => {
    for (const id of ids) {
      const rows = parseCsv(join(dir, prefix, 'charts', `${id}.csv`));
      expect(rows.length, id).toBeGreaterThan(0);
      expectSameNumbers(rows, `${prefix}charts/${id}.csv`);
    }
  });
});

describe('the indicator downloads', () => {
  it('give every report of every indicator, with the same numbers as data/', () => {
    let total = 0;
    for (const i of site.data.indicators) {
      const rows = parseCsv(join(dir, 'downloads', `${i.id}.csv`));
      expect(rows.length).toBe(site.observationsOf(i.id).length);
      expectSameNumbers(rows, `downloads/${i.id}.csv`);
      total += rows.length;
      const meta = JSON.parse(readFileSync(join(dir, 'downloads', `${i.id}.json`), 'utf8'));
      expect(meta.observations.map((o: { value: number }) => o.value)).toEqual(site.observationsOf(i.id).map((o) => o.value));
    }
    expect(total).toBe(site.data.observations.length);
  });

  it('publish the data folder as it is', () => {
    for (const f of ['sources.csv', 'programmes.csv', 'indicators.csv', 'observations.csv', 'exclusions.csv', 'README.md']) {
      expect(readFileSync(join(dir, 'data', f), 'utf8')).toBe(readFileSync(join('data', f), 'utf8'));
    }
    expect(existsSync(join(dir, 'embed.js'))).toBe(true);
  });

  it('describe the data page as a schema.org Dataset', () => {
    const html = readFileSync(join(dir, 'data', 'index.html'), 'utf8');
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(json['@type']).toBe('Dataset');
    // every CSV of the data folder, and nothing else
    expect(json.distribution.map((d: { contentUrl: string }) => d.contentUrl.split('/').pop()).sort()).toEqual(readdirSync('data').filter((f) => f.endsWith('.csv')).sort());
  });
});

/** Within one file, a fact (indicator and period) is given once; any other report of it names the row it repeats. */
function expectNoDoubleCount(rows: Record<string, string>[], where: string) {
  const primary = new Map<string, Record<string, string>>();
  for (const r of rows.filter((x) => x.repeat_of === '')) {
    const key = `${r.indicator}|${r.period}`;
    expect(primary.has(key), `${where}: ${key} given twice without repeat_of`).toBe(false);
    primary.set(key, r);
  }
  for (const r of rows.filter((x) => x.repeat_of !== '')) {
    const p = primary.get(`${r.indicator}|${r.period}`);
    expect(p, `${where}: ${r.indicator} ${r.period} repeats a row that is not there`).toBeDefined();
    expect(`${p!.source}:${p!.line}`, where).toBe(r.repeat_of);
  }
}

describe('downloads that add up and cite their sources', () => {
  it('never count a fact twice in one CSV, and mark every repeat', () => {
    let repeats = 0;
    for (const i of site.data.indicators) {
      const rows = parseCsv(join(dir, 'downloads', `${i.id}.csv`));
      expectNoDoubleCount(rows, i.id);
      repeats += rows.filter((r) => r.repeat_of !== '').length;
    }
    for (const [, prefix] of prefixes) for (const id of ids) expectNoDoubleCount(parseCsv(join(dir, prefix, 'charts', `${id}.csv`)), `${prefix}${id}`);
    // the data reports some facts on several lines: they are there, and marked
    expect(repeats).toBeGreaterThan(5);
  });

  it('give the overview CSV the percent of target the chart plots', () => {
    const rows = parseCsv(join(dir, 'charts', `${OVERVIEW}.csv`));
    const percents = new Map(scoreboard(site).filter((e) => e.percent !== undefined).map((e) => [e.indicator.id, e.percent!]));
    expect(rows.length).toBe(percents.size);
    for (const r of rows) {
      expect(r.plotted_as).toBe('percent_of_target');
      expect(Number(r.plotted), r.indicator).toBeCloseTo(percents.get(r.indicator)!, 9);
    }
  });

  it('cite, on every row, the source\'s publisher, titles, dates and the licence', () => {
    const rows = parseCsv(join(dir, 'downloads', 'new-members-admitted.csv'));
    for (const r of rows) {
      const s = site.sources.get(r.source)!;
      expect(r.source_publisher).toBe(s.publisher ?? '');
      expect([r.source_title, r.source_title_en]).toEqual([s.title_vi, s.title_en]);
      expect([r.source_date_from, r.source_date_to]).toEqual([s.date_from, s.date_to]);
      expect(r.source_date_exact).toBe(String(s.date_from === s.date_to));
      expect(r.licence).toBe('CC-BY-4.0');
      expect(r.data_updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(rows.map((r) => r.source_publisher)).toContain('Cổng Thông tin điện tử Chính phủ (Chinhphu.vn)');
    const json = JSON.parse(readFileSync(join(dir, 'downloads', 'new-members-admitted.json'), 'utf8'));
    expect(json.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(json.sources.map((s: { publisher: string | null }) => s.publisher)).toContain('Ban Thường vụ Thành ủy Hà Nội');
    expect(json.cite_as.en).toContain('CC BY 4.0');
  });

  it('print every source, the licence and the data\'s date under the downloaded chart', () => {
    const svg = readFileSync(join(dir, 'en', 'charts', 'new-members-admitted.svg'), 'utf8');
    expect(svg).toContain('Cổng Thông tin điện tử Chính phủ (Chinhphu.vn)');
    expect(svg).toContain('Ban Thường vụ Thành ủy Hà Nội');
    expect(svg).toMatch(/Licence CC BY 4\.0 · data last changed \d+ \w+ \d{4}/);
  });
});

describe('the spreadsheets', () => {
  async function sheet(path: string) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const data = book.worksheets[0]!;
    const header = (data.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    const rows = [];
    for (let r = 2; r <= data.rowCount; r++) {
      const values = data.getRow(r).values as ExcelJS.CellValue[];
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i + 1]])));
    }
    return { book, data, rows };
  }

  it('hold every chart\'s data and every indicator\'s reports as typed numbers and dates, with a citation sheet', async () => {
    for (const [lang, prefix] of prefixes) {
      for (const id of ids) {
        const csv = parseCsv(join(dir, prefix, 'charts', `${id}.csv`));
        const { book, rows } = await sheet(join(dir, prefix, 'charts', `${id}.xlsx`));
        expect(rows.length, id).toBe(csv.length);
        rows.forEach((r, k) => {
          expect(typeof r.value, id).toBe('number');
          expect(r.value).toBe(Number(csv[k]!.value));
          expect(r.plotted).toBe(Number(csv[k]!.plotted));
          expect(r.period_start, id).toBeInstanceOf(Date);
          expect((r.period_start as Date).toISOString().slice(0, 10)).toBe(csv[k]!.period_start);
          expect(typeof r.source_date_exact).toBe('boolean');
        });
        const about = book.worksheets[1]!;
        expect(about.name).toBe(lang === 'vi' ? 'Trích dẫn' : 'Citation');
        expect(JSON.stringify(about.getSheetValues())).toContain('CC BY 4.0');
      }
    }
    for (const i of site.data.indicators) {
      const { rows } = await sheet(join(dir, 'downloads', `${i.id}.xlsx`));
      expect(rows.map((r) => r.value)).toEqual(site.observationsOf(i.id).map((o) => o.value));
    }
  });

  it('store numbers as numbers in the file itself, so a Vietnamese locale reads 75.6 as a figure', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'charts', 'members-rated-good.xlsx'));
    const data = book.worksheets[0]!;
    const col = (data.getRow(1).values as string[]).indexOf('value');
    const cell = data.getRow(2).getCell(col);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(data.getRow(2).getCell((data.getRow(1).values as string[]).indexOf('period_start')).numFmt).toBe('dd/mm/yyyy');
  });
});

describe('oEmbed, as a CMS discovers and reads it', () => {
  const pages: [string, string][] = [['', 'index.html'], ['en/', 'index.html'], ['', `indicators/new-members-admitted/index.html`], ['en/', `embed/new-members-admitted/index.html`]];
  it.each(pages)('%s%s announces a rich oEmbed with the iframe, its size and the PNG', async (prefix, file) => {
    const html = readFileSync(join(dir, prefix, file), 'utf8');
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    expect(link, 'discovery link').not.toBeNull();
    const res = await fetch(link![1]!.replace('http://localhost:4321/', base));
    expect(res.status).toBe(200);
    const o = await res.json();
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String), provider_url: expect.stringMatching(/^http/) });
    expect(o.title.length).toBeGreaterThan(3);
    expect(o.html).toMatch(/^<iframe src="http[^"]+\/embed\/[\w-]+\/" [^>]*width="100%" height="(\d+)"[^>]*><\/iframe>$/);
    expect(Number(/height="(\d+)"/.exec(o.html)![1])).toBe(o.height);
    expect(o.width).toBe(640);
    const png = o.thumbnail_url.replace('http://localhost:4321/', '');
    expect(pngSize(join(dir, png))).toEqual({ width: o.thumbnail_width, height: o.thumbnail_height });
  });

  it('exists for every chart in both languages', () => {
    for (const [, prefix] of prefixes) for (const id of ids) expect(existsSync(join(dir, prefix, 'oembed', `${id}.json`)), id).toBe(true);
  });
});
