/**
 * The editors' guide shows the draft of a real source line: it must be what
 * `npm run draft` writes for that line, in both languages, or the guide misleads.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { draftRows } from '../../src/lib/draft/draft.ts';
import { withoutSource } from '../../src/lib/draft/measure.ts';
import { readSourceLines } from '../../src/lib/provenance.ts';

const COLUMNS = ['line', 'printed', 'value', 'kind', 'indicator', 'period', 'quote'];

function shown(lang: string): string[][] {
  const mdx = readFileSync(`src/content/pages/${lang}/editors.mdx`, 'utf8');
  const rows = [...mdx.matchAll(/^- `(10,.*)`$/gm)].map((m) => Papa.parse<string[]>(m[1]!).data[0]!);
  expect(mdx).toContain('- `line,printed,value,kind,indicator,period,quote`');
  return rows;
}

describe("the guide's worked example", () => {
  it('is the draft of line 10 of the Programme 01 article, drafted without that source\'s rows', () => {
    const data = loadDataset('data');
    const tmp = mkdtempSync(join(tmpdir(), 'guide-'));
    let drafted: string[][];
    try {
      withoutSource('data', 'article-2024-ctr01', tmp);
      drafted = draftRows(loadDataset(tmp), 'article-2024-ctr01', readSourceLines(data)!)
        .filter((r) => r.line === '10').map((r) => COLUMNS.map((c) => r[c as keyof typeof r]));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    for (const lang of ['vi', 'en']) {
      const rows = shown(lang);
      expect(rows.length).toBe(drafted.length);
      rows.forEach((row, i) => {
        const want = drafted[i]!;
        expect(row.slice(0, 6)).toEqual(want.slice(0, 6));
        // the guide may shorten a quote with "…", never change it
        const quote = row[6]!;
        if (quote.endsWith('…')) expect(want[6]!.startsWith(quote.slice(0, -1).trimEnd())).toBe(true);
        else expect(quote).toBe(want[6]);
      });
    }
  });
});
