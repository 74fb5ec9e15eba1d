/**
 * An editor's loop: with the dev server running, saving a CSV reloads the page; a bad
 * value shows, in the browser's error overlay and in the terminal, the same file, row,
 * column and fix as `npm run check:data`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium.ts';
import { cleanEnv } from './build.ts';

const DATA = 'tests/.tmp/data-dev';
let dev: ChildProcess;
let log = '';
let url = '';
let browser: Browser;

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

beforeAll(async () => {
  rmSync(DATA, { recursive: true, force: true });
  cpSync('data', DATA, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...cleanEnv(), DATA_DIR: DATA }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (d) => { log += d; });
  dev.stderr!.on('data', (d) => { log += d; });
  // wait for the server to say it is ready
  for (let t = 0; !log.includes(String(port)) && t < 1000; t++) await new Promise((r) => setTimeout(r, 100));
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

describe('the dev server', () => {
  it('reloads on a CSV change and shows a data error in the overlay and the terminal', async () => {
    const page = await browser.newPage();
    // the first requests may arrive while Vite still optimises dependencies: retry until the page is up
    await expect.poll(async () => {
      await page.goto(`${url}indicators/new-members-admitted/`);
      return page.locator('h1').first().textContent({ timeout: 2000 }).catch(() => '');
    }, { timeout: 60_000, interval: 500 }).toBe('Số đảng viên mới được kết nạp');
    const file = join(DATA, 'observations.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('new-members-admitted,2022,10183,', 'new-members-admitted,2022,10.183,'));
    const overlay = () => page.evaluate(() => (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    await expect.poll(overlay, { timeout: 60_000, interval: 250 }).toContain('cột/column "value": "10.183"');
    expect(await overlay()).toContain('for 10,183 write 10183');
    expect(log).toContain('cột/column "value": "10.183"');
    await page.close();
  }, 150_000);
});
