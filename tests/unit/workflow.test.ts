/** The publishing workflow: what it must run, in which order, before anything is published. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const yml = readFileSync('.github/workflows/deploy.yml', 'utf8');
const step = (s: string) => {
  const i = yml.indexOf(s);
  expect(i, `the workflow runs ${s}`).toBeGreaterThan(-1);
  return i;
};

describe('the deploy workflow', () => {
  it('checks the data with the sources required, runs the unit tests, then builds a deployment', () => {
    const check = step('run: npm run check:data');
    const unit = step('run: npx vitest run --config tests/vitest.config.ts --project unit');
    const build = step('run: npm run build');
    const upload = step('actions/upload-pages-artifact');
    expect(check).toBeLessThan(unit);
    expect(unit).toBeLessThan(build);
    expect(build).toBeLessThan(upload);
    expect(yml.slice(check, unit)).toContain('REQUIRE_SOURCES: 1');
    expect(yml.slice(build, upload)).toMatch(/DEPLOY: 1\n\s+SITE_URL: .+\n\s+BASE_PATH: .+/);
  });

  it('lets no failing step through', () => {
    expect(yml).not.toContain('continue-on-error');
    expect(yml).not.toMatch(/\|\|\s*true/);
  });
});
