/**
 * Where the site is published. SITE_URL is the origin readers use (canonical links,
 * embed code, citations, social images and CSVs all carry it); BASE_PATH the sub-path
 * when the site is not at the domain root ("/hanoi/" for a GitHub Pages project site,
 * "/" for a user site or a custom domain).
 *
 * A deployment build is one run with DEPLOY=1 (the publishing workflow sets it). It
 * must name its SITE_URL: without one, every absolute link would point to localhost.
 * Every other build (`npm start`, `npm run dev`, the tests, CI) builds for localhost.
 */
import type { DataProblem } from './problem.ts';

export const LOCAL_SITE = 'http://localhost:4321';

const on = (v?: string) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';

export interface SiteConfig {
  site: string;
  base: string;
  deploy: boolean;
  problems: DataProblem[];
}

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const deploy = on(env.DEPLOY);
  const problems: DataProblem[] = [];
  const say = (file: string, value: string | undefined, vi: string, en: string) => problems.push({ file, value, vi, en });
  const raw = env.SITE_URL?.trim() || undefined;
  let site = LOCAL_SITE;
  if (raw === undefined) {
    if (deploy) {
      say('SITE_URL', undefined,
        'đây là bản dựng để xuất bản (DEPLOY=1) nhưng chưa đặt SITE_URL, nên mọi liên kết chuẩn, mã nhúng, trích dẫn, ảnh chia sẻ và tệp CSV sẽ trỏ về localhost. Đặt SITE_URL là địa chỉ người đọc dùng, ví dụ https://ten-tai-khoan.github.io (kèm BASE_PATH=/ten-kho/) hoặc https://ten-mien.vn (BASE_PATH=/)',
        'this is a deployment build (DEPLOY=1) but SITE_URL is not set, so every canonical link, embed code, citation, social image and CSV would point to localhost. Set SITE_URL to the address readers use, e.g. https://your-account.github.io (with BASE_PATH=/your-repository/) or https://your-domain.org (with BASE_PATH=/)');
    }
  } else {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      say('SITE_URL', raw, 'SITE_URL phải là một địa chỉ đầy đủ, ví dụ https://ten-mien.vn', 'SITE_URL must be a full address, e.g. https://your-domain.org');
    } else if (url.pathname !== '/' || url.search || url.hash) {
      say('SITE_URL', raw,
        `SITE_URL chỉ gồm giao thức và tên miền; phần đường dẫn "${url.pathname}" đặt vào BASE_PATH`,
        `SITE_URL is the scheme and host only; put the path "${url.pathname}" in BASE_PATH`);
    } else if (deploy && /^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(url.hostname)) {
      say('SITE_URL', raw, 'bản dựng để xuất bản không được trỏ về máy cục bộ', 'a deployment build may not point to this machine');
    } else {
      site = url.origin;
    }
  }
  let base = env.BASE_PATH?.trim() || '/';
  if (!base.startsWith('/')) {
    const fixed = `/${base.replace(/\/+$/, '')}/`;
    say('BASE_PATH', base, `BASE_PATH bắt đầu bằng dấu /, ví dụ ${fixed}`, `BASE_PATH starts with a slash, e.g. ${fixed}`);
    base = '/';
  }
  if (!base.endsWith('/')) base += '/';
  return { site, base, deploy, problems };
}
