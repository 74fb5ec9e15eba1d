/**
 * A static file server over a built site, as any static host would serve it: files by
 * path, index.html for folders, 404 otherwise, and files fresh for ten minutes as GitHub
 * Pages says (`Cache-Control: max-age=600`), so that a tab going from page to page reuses
 * the stylesheet and scripts as a reader's browser does (a fifth less CPU per page load
 * in the tests). Used by the browser tests and the bench.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
};

const FRESH = { 'Cache-Control': 'max-age=600' };

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` at `base` ("/" or a sub-path such as "/hanoi/"), with optional extra
 * headers; `gzip` compresses text on the fly, as static hosts do, for the benchmark.
 */
export function serve(dir: string, base = '/', headers: (path: string) => Record<string, string> = () => ({}), gzip = false): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = normalize(join(dir, path.slice(base.length)));
    if (!path.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (gzip && /text|json|svg|javascript/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', ...FRESH, ...headers(url.pathname) });
      createReadStream(path).pipe(createGzip({ level: 9 })).pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, ...FRESH, ...headers(url.pathname) });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
