/**
 * Adding a source, end to end, as the editors' guide tells it: a text file in the
 * sources folder, a row in sources.csv, observations citing it, every number of its
 * lines cited or excluded, and a narrative citing it. Each step's mistake gets its message.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/problem.ts';
import { validate } from '../../src/lib/validate.ts';

const TMP = 'tests/.tmp/add-source';
const DATA = `${TMP}/data`;
const SEEDS = `${TMP}/seeds`;
const CONTENT = `${TMP}/content`;

const check = () => {
  const v = validate(DATA, SEEDS, CONTENT);
  return { ok: v.problems.length === 0, msg: formatProblems(v.problems), v };
};

describe('adding a source', () => {
  it('goes from a new text file to a checked narrative, with a message at each step', () => {
    rmSync(TMP, { recursive: true, force: true });
    cpSync('tests/fixtures/good', DATA, { recursive: true });
    cpSync('tests/fixtures/seeds', SEEDS, { recursive: true });
    mkdirSync(`${CONTENT}/narratives/vi`, { recursive: true });
    expect(check().ok).toBe(true);

    // 1. The text file, and its row in sources.csv.
    writeFileSync(`${SEEDS}/bao-cao-2022.txt`, 'Báo cáo năm 2022\nNăm 2022 kết nạp 10.183 đảng viên, đạt 108,7% kế hoạch.\n');
    appendFileSync(`${DATA}/sources.csv`, 'report-2022,bao-cao-2022.txt,report,Báo cáo năm 2022,2022 report,,2022-12-01,2022-12-31,Số liệu năm 2022,Figures for 2022\n');
    let r = check();
    // every number of the new file must be accounted for
    expect(r.msg).toContain('bao-cao-2022.txt: "10.183"');
    expect(r.msg).toContain('add the row report-2022,2,10.183,REASON to exclusions.csv');
    expect(r.msg).toContain('add the row report-2022,2,"108,7",REASON to exclusions.csv');

    // 2. An observation with a mistyped source id.
    appendFileSync(`${DATA}/observations.csv`, 'new-members-admitted,2022,10183,,,108.7,plan,report-2202,2,"Năm 2022 kết nạp 10.183 đảng viên, đạt 108,7% kế hoạch",10.183,,\n');
    r = check();
    expect(r.msg).toContain('there is no "report-2202" in sources.csv; did you mean "report-2022"?');

    // 3. The id fixed, and the years excluded with their reason.
    writeFileSync(`${DATA}/observations.csv`, readFileSync(`${DATA}/observations.csv`, 'utf8').replace('report-2202', 'report-2022'));
    appendFileSync(`${DATA}/exclusions.csv`, 'report-2022,1,2022,year\nreport-2022,2,2022,year\n');
    r = check();
    expect(r.msg).toBe('0 lỗi dữ liệu / 0 data errors:');
    expect(r.v.coverage?.bySource.get('report-2022')).toEqual({ tokens: 4, cited: 2, excluded: 2 });

    // 4. A narrative citing the new source's figure, and counting the sources from the data.
    writeFileSync(`${CONTENT}/narratives/vi/new.mdx`, '---\nsummary: Tóm tắt.\n---\n\nTrang dựa trên <Count of="sources" />. Năm 2022 kết nạp <Stat indicator="new-members-admitted" period="2022" source="report-2022" />.\n');
    expect(check().ok).toBe(true);
    writeFileSync(`${CONTENT}/narratives/vi/new.mdx`, '---\nsummary: Tóm tắt.\n---\n\nNăm 2022 kết nạp <Stat indicator="new-members-admitted" period="2022" source="report-2020" />.\n');
    expect(check().msg).toContain('there is no source "report-2020" in data/sources.csv; did you mean "report-2022"?'.replace('data/', `${DATA}/`));
  });
});
