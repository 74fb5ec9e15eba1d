/**
 * `npm run draft:accept -- <source-id>`: moves the draft rows marked `accept` = yes into
 * observations.csv or exclusions.csv, after checking them in a copy of the data; rows
 * the check refuses stay in the draft with its message in `note`. Then runs the check.
 */
import { existsSync } from 'node:fs';
import { formatProblems } from '../lib/problem.ts';
import { seedsDir } from '../lib/provenance.ts';
import { dataDir } from '../lib/site.ts';
import { acceptDraft } from '../lib/draft/accept.ts';
import { draftPath } from '../lib/draft/draft-file.ts';

const id = process.argv[2] ?? '';
const dir = dataDir();
const path = draftPath(dir, id);
if (!id || !existsSync(path)) {
  console.error(`vi: không có bản nháp ${path}; tạo bằng npm run draft -- <mã nguồn>\nen: there is no draft ${path}; make one with npm run draft -- <source-id>`);
  process.exit(1);
}
const r = acceptDraft(dir, seedsDir(), id);
console.log(`Đã nhận / accepted: ${r.observations} quan sát/observations, ${r.exclusions} loại trừ/exclusions.`);
if (r.nowCited) console.log(`${r.nowCited} dòng nháp bỏ đi vì số của chúng nay đã được trích (tổng, tỷ lệ) / draft rows dropped: their numbers are now cited (a total, a percent).`);
for (const x of r.refused) {
  console.error(`Dòng nháp bị trả lại / draft row refused: line ${x.draft.line}, ${x.draft.printed}\n${formatProblems(x.problems)}`);
}
console.log(r.remaining > 0
  ? `Còn ${r.remaining} dòng trong bản nháp / rows left in the draft: ${path}`
  : 'Bản nháp đã hết; đã xóa tệp / the draft is done and its file removed.');

// The check, as npm run check:data runs it; numbers still in the draft are expected to be uncovered.
const c = r.check;
const open = new Set(c.coverage?.uncovered.filter((u) => u.source === id).map((u) => `${u.line}|${u.token}`));
const drafted = new Set(c.coverage?.uncovered.filter((u) => u.source === id).map((u) => u.problem));
const other = c.problems.filter((p) => !drafted.has(p));
const t = c.coverage?.bySource.get(id);
if (t) console.log(`Kiểm tra / check: ${id}: ${t.tokens} số/numbers = ${t.cited} trích dẫn/cited + ${t.excluded} loại trừ/excluded; ${open.size} còn trong bản nháp/still in the draft.`);
if (other.length > 0) {
  console.error(formatProblems(other));
  process.exit(1);
}
if (r.refused.length > 0) process.exit(1);
console.log(open.size === 0 ? 'Dữ liệu hợp lệ. / Data is valid.' : 'Không có lỗi nào khác. / No other problems.');
