/**
 * Debian's Chromium, driven by playwright-core (test tools' own browser downloads do
 * not work here). On a fresh machine without it, install it with apt when running as
 * root; otherwise say how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): string {
  if (existsSync(PATH)) return PATH;
  if (process.getuid?.() === 0) {
    console.log('Installing Debian chromium for the browser tests (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(PATH)) return PATH;
  }
  throw new Error(`Chromium not found at ${PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
}
