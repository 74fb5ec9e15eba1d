import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, siteConfig } from '../../src/lib/deploy.ts';
import { cleanEnv } from '../browser/build.ts';

describe('where the site is published', () => {
  it('builds for localhost when it is not a deployment (npm start, dev, tests, CI)', () => {
    expect(siteConfig({ CI: 'true' })).toEqual({ site: LOCAL_SITE, base: '/', deploy: false, problems: [] });
  });

  it('takes the origin and base of a project site, a user site and a custom domain', () => {
    expect(siteConfig({ DEPLOY: '1', SITE_URL: 'https://hanoi-data.github.io', BASE_PATH: '/targets' })).toMatchObject({ site: 'https://hanoi-data.github.io', base: '/targets/', problems: [] });
    expect(siteConfig({ DEPLOY: '1', SITE_URL: 'https://hanoi-data.github.io/' })).toMatchObject({ site: 'https://hanoi-data.github.io', base: '/', problems: [] });
    expect(siteConfig({ DEPLOY: '1', SITE_URL: 'https://chitieu.example.vn', BASE_PATH: '/' })).toMatchObject({ site: 'https://chitieu.example.vn', base: '/', problems: [] });
  });

  it('refuses a deployment without SITE_URL, or pointing to this machine', () => {
    expect(siteConfig({ DEPLOY: '1' }).problems[0]).toMatchObject({ file: 'SITE_URL' });
    expect(siteConfig({ DEPLOY: '1', SITE_URL: 'http://localhost:4321' }).problems[0]?.en).toBe('a deployment build may not point to this machine');
  });

  it('sends a path in SITE_URL to BASE_PATH, and wants BASE_PATH to start with a slash', () => {
    expect(siteConfig({ SITE_URL: 'https://a.github.io/hanoi/' }).problems[0]?.en).toBe('SITE_URL is the scheme and host only; put the path "/hanoi/" in BASE_PATH');
    expect(siteConfig({ BASE_PATH: 'hanoi/' }).problems[0]?.en).toBe('BASE_PATH starts with a slash, e.g. /hanoi/');
  });

  it('stops `astro build` with DEPLOY=1 and no SITE_URL, naming it, before anything is written', () => {
    const out = 'tests/.tmp/dist-deploy-no-site';
    rmSync(out, { recursive: true, force: true });
    const env: NodeJS.ProcessEnv = { ...cleanEnv(), DEPLOY: '1', OUT_DIR: out };
    delete env.SITE_URL;
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SITE_URL\n  vi: đây là bản dựng để xuất bản (DEPLOY=1) nhưng chưa đặt SITE_URL');
    expect(r.stderr).toContain('en: this is a deployment build (DEPLOY=1) but SITE_URL is not set');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
