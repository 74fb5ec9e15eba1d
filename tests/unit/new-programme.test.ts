import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typedFigures } from '../../src/lib/prose.ts';

const TMP = 'tests/.tmp/new-programme';

describe('npm run new:programme', () => {
  it('adds the row to fill and both narratives; the check then names every cell still empty', () => {
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
    cpSync('data', join(TMP, 'data'), { recursive: true });
    const env = { ...process.env, DATA_DIR: join(TMP, 'data'), NARRATIVES_DIR: join(TMP, 'narratives'), CONTENT_DIR: TMP };
    execFileSync(process.execPath, ['src/cli/new-programme.ts', 'nq-05-tu-2024'], { env });
    expect(readFileSync(join(TMP, 'data', 'programmes.csv'), 'utf8').trimEnd().split('\n').at(-1)).toBe('nq-05-tu-2024,,,,,,,,,,,,');
    for (const lang of ['vi', 'en']) {
      const mdx = readFileSync(join(TMP, 'narratives', lang, 'nq-05-tu-2024.mdx'), 'utf8');
      expect(mdx).toContain('<Stat indicator=');
      expect(typedFigures(mdx)).toEqual([]);
    }
    const check = spawnSync(process.execPath, ['src/cli/check-data.ts'], { env, encoding: 'utf8' });
    expect(check.status).toBe(1);
    for (const col of ['kind', 'title_vi', 'title_en']) expect(check.stderr).toContain(`dòng/row 36, cột/column "${col}": ""`);
    // and every line of template text still to replace, in both languages
    for (const lang of ['vi', 'en']) expect(check.stderr).toContain(`${TMP}/narratives/${lang}/nq-05-tu-2024.mdx, dòng/line 2: `);
    expect(check.stderr).toContain('template text from npm run new:programme is still there');
    const again = spawnSync(process.execPath, ['src/cli/new-programme.ts', 'nq-05-tu-2024'], { env, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already in');
  }, 90_000);
});
