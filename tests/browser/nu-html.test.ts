/**
 * Every built page is valid HTML to the W3C Nu HTML checker (vnu-jar), the validator
 * browsers' makers and the W3C use: it knows SVG and ARIA in HTML better than the
 * quick html-validate check. One Java run over the whole build, batched, takes seconds.
 * Beside the build it checks one page with one known error, so the run is seen to find
 * errors, not only to end.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from './links.ts';

const dir = resolve(inject('siteDir'));
const KNOWN_BAD = resolve('tests/fixtures/invalid-html/svg-font-variant.html');
const JAVA_MISSING = 'Java is not installed, so the W3C Nu HTML checker cannot run: install a Java runtime 11+ (apt-get install default-jre-headless) to run this test';

interface NuMessage { type: string; url: string; lastLine?: number; message: string }

const hasJava = spawnSync('java', ['-version']).error === undefined;

function runNu(paths: string[]): NuMessage[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  // C1 only: in a run this short, full JIT optimisation costs more CPU than it saves
  // (7 s instead of 14-16 s of CPU over 920 pages); C1's frames need a deeper stack.
  const java = ['-Xss8m', '-XX:TieredStopAtLevel=1'];
  const r = spawnSync('java', [...java, '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 });
  // the checker writes its JSON report to stderr, and exits 1 when it found errors
  if (r.error) throw r.error;
  try {
    return (JSON.parse(r.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu HTML checker did not report (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  }
}

describe('W3C Nu HTML checker', () => {
  it('finds no error on any built page', (ctx) => {
    if (!hasJava) {
      console.warn(JAVA_MISSING);
      ctx.skip(JAVA_MISSING);
    }
    const pages = htmlFiles(dir);
    expect(pages.length).toBeGreaterThan(100);
    const start = Date.now();
    const messages = runNu([dir, KNOWN_BAD]);
    console.log(`Nu HTML checker: ${pages.length} pages in ${Date.now() - start} ms`);
    const where = (m: NuMessage) => relative(process.cwd(), fileURLToPath(m.url));
    const known = messages.filter((m) => m.url.endsWith('/svg-font-variant.html'));
    expect(known.map((m) => m.message)).toEqual(['Bad value “tabular-nums” for attribute “font-variant” on element “g”.']);
    const site = messages.filter((m) => !known.includes(m));
    // with --errors-only, anything else reported is a fatal "non-document-error": a failure too
    expect(site.map((m) => `${where(m)}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`).slice(0, 50)).toEqual([]);
  }, 120_000);
});
