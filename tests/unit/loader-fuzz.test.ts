/**
 * Property test of the loader: thousands of random edits of the real CSVs, of the
 * kinds a spreadsheet or a hurried editor makes (a stray comma or quote, a deleted or
 * doubled row, a number in the wrong format, a truncated file, CRLF, a BOM). Each must
 * either load or stop with a DataError whose every problem names a file and says, in
 * both languages, what is wrong; never an unhandled exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILES, parseDataset, readDataTexts, type FileKey } from '../../src/lib/dataset.ts';
import { DataError } from '../../src/lib/problem.ts';

const real = readDataTexts('data');
const keys = Object.keys(FILES) as FileKey[];
const NASTY = [',', '"', '\n', '\r\n', '\uFEFF', '.', ',5', '9.729', '108,7', '%', ' ', '', 'đ', '-', '/', 'x', '\t', '""', 'NaN', '1e9', '2022-Q5', '0', '99999999999999999999'];

type Edit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; text: string }
  | { op: 'dropLine'; line: number }
  | { op: 'doubleLine'; line: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'truncate'; at: number }
  | { op: 'crlf' }
  | { op: 'bom' }
  | { op: 'cell'; line: number; cell: number; text: string };

const pos = fc.double({ min: 0, max: 1, noNaN: true });
const text = fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 }));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: pos, text }),
  fc.record({ op: fc.constant('delete' as const), at: pos, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('replace' as const), at: pos, text }),
  fc.record({ op: fc.constant('dropLine' as const), line: pos }),
  fc.record({ op: fc.constant('doubleLine' as const), line: pos }),
  fc.record({ op: fc.constant('swapLines' as const), a: pos, b: pos }),
  fc.record({ op: fc.constant('truncate' as const), at: pos }),
  fc.constant({ op: 'crlf' as const }),
  fc.constant({ op: 'bom' as const }),
  fc.record({ op: fc.constant('cell' as const), line: pos, cell: fc.integer({ min: 0, max: 20 }), text }),
);

function apply(s: string, e: Edit): string {
  const at = (p: number) => Math.floor(p * s.length);
  const lines = s.split('\n');
  const line = (p: number) => Math.min(lines.length - 1, Math.floor(p * lines.length));
  switch (e.op) {
    case 'insert': return s.slice(0, at(e.at)) + e.text + s.slice(at(e.at));
    case 'delete': return s.slice(0, at(e.at)) + s.slice(at(e.at) + e.length);
    case 'replace': return s.slice(0, at(e.at)) + e.text + s.slice(at(e.at) + 1);
    case 'dropLine': lines.splice(line(e.line), 1); return lines.join('\n');
    case 'doubleLine': lines.splice(line(e.line), 0, lines[line(e.line)]!); return lines.join('\n');
    case 'swapLines': { const a = line(e.a); const b = line(e.b); [lines[a], lines[b]] = [lines[b]!, lines[a]!]; return lines.join('\n'); }
    case 'truncate': return s.slice(0, at(e.at));
    case 'crlf': return s.replace(/\n/g, '\r\n');
    case 'bom': return '\uFEFF' + s;
    case 'cell': {
      const i = line(e.line);
      const cells = lines[i]!.split(',');
      cells[Math.min(e.cell, cells.length - 1)] = e.text;
      lines[i] = cells.join(',');
      return lines.join('\n');
    }
  }
}

describe('the loader under random edits of the real data', () => {
  it('always loads or says what is wrong, never crashes', () => {
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.array(edit, { minLength: 1, maxLength: 3 }), (file, edits) => {
        const texts = { ...real, [file]: edits.reduce(apply, real[file]) };
        try {
          parseDataset(texts);
          loaded++;
        } catch (e) {
          if (!(e instanceof DataError)) throw e;
          refused++;
          expect(e.problems.length).toBeGreaterThan(0);
          for (const p of e.problems) {
            expect(p.file).toMatch(/^data\/\w+\.csv$/);
            expect(p.vi.length).toBeGreaterThan(5);
            expect(p.en.length).toBeGreaterThan(5);
            if (p.row !== undefined) expect(Number.isInteger(p.row) && p.row >= 1).toBe(true);
          }
        }
      }),
      { numRuns: 1000, seed: 20261122 },
    );
    // Both outcomes happen: the edits are neither all harmless nor all fatal.
    expect(loaded).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(250);
  }, 900_000); // deterministic work: a busy machine may make it slow, never wrong
});
