/**
 * How much data the site is known to build. Measured with `npm run bench -- --builds`
 * (peak memory of the build process): 975 MB on the real data (0.25 MB of CSV),
 * 1010 MB at 10×, 1283 MB at 100× (13.1 MB of CSV), about 24 MB more per MB of CSV.
 * At the limit below that extrapolates to about 1.7 GB. Far beyond it a build would
 * run for many minutes and then run out of memory: such data stops at once, before
 * anything is parsed.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { FILES } from './dataset.ts';
import type { DataProblem } from './problem.ts';

/** Bytes of CSV (all five files): about 2.3 times the measured 100× data. */
export const MAX_CSV_BYTES = 30_000_000;

export function checkSize(dir: string, max = Number(process.env.MAX_CSV_BYTES ?? MAX_CSV_BYTES)): DataProblem | undefined {
  let bytes = 0;
  for (const f of Object.values(FILES)) {
    try {
      bytes += statSync(join(dir, f)).size;
    } catch {
      // a missing file is the loader's to report, with its own message
    }
  }
  if (bytes <= max) return undefined;
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return {
    file: dir,
    vi: `các tệp CSV dài ${mb(bytes)}, vượt xa mức trang đã được đo là dựng được (${mb(max)}); việc dựng trang sẽ chạy rất lâu rồi hết bộ nhớ. Kiểm tra xem có tệp nào bị chép lặp không; nếu dữ liệu thật sự lớn như vậy, đặt MAX_CSV_BYTES và chạy npm run bench để đo trước`,
    en: `the CSV files hold ${mb(bytes)}, far beyond what the site was measured to build (${mb(max)}); the build would run for a long time and then run out of memory. Check that no file was pasted in twice; if the data really is this large, set MAX_CSV_BYTES and measure first with npm run bench`,
  };
}
