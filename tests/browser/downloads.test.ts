/**
 * What journalists take away, checked over the built site: every chart has its embed
 * page with the chart as SVG in the HTML, a valid PNG at twice the display width, a
 * standalone SVG, and a CSV that parses back to the very numbers of data/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { chartIds } from '../../src/charts/catalog.ts';
import { EXPORT_WIDTH } from '../../src/charts/export.ts';
import { BOM } from '../../src/lib/csv-out.ts';
import { getSite } from '../../src/lib/site.ts';

const dir = inject('siteDir');
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
    expect(json.distribution).toHaveLength(5);
  });
});
