/**
 * Debian's Chromium headless shell, driven by playwright-core (test tools' own browser
 * downloads do not work here). The headless shell is the same Blink as the browser
 * without its window machinery, and the one Playwright itself runs headless: here a
 * page load costs it half the CPU time of the full browser (48 against 95 ms for a
 * trivial page), which is most of the browser tests' time. On a fresh machine it is
 * installed with apt when running as root; otherwise the message says how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

export function ensureChromium(): string {
  if (existsSync(PATH)) return PATH;
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.log('Installing Debian chromium-headless-shell for the browser tests (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell', { stdio: 'inherit' });
    if (existsSync(PATH)) return PATH;
  }
  throw new Error(`Chromium's headless shell not found at ${PATH}. Install it (apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH to a Chromium.`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync',
      // no page is ever gone back to: keeping the last one alive for that costs a third of each load's CPU
      '--disable-features=BackForwardCache,RenderDocument',
    ],
  });
}
