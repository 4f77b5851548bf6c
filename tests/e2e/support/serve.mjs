// A tiny static file server for the built site (dist/), bound to 127.0.0.1.
// Usage: node tests/e2e/support/serve.mjs DIR [PORT]   (PORT 0 or absent: any free port)
// Prints "serving http://127.0.0.1:PORT/" once it listens, which scripts wait for.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1:`port`; resolves to { url, close }. */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      // A malformed address must not take the server (and every later test) down.
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    // normalize() resolves "..", and the prefix check keeps requests inside the root.
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      ok({ url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '0'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`serving ${url}`);
  // Say why, in artifacts/server.log, if the server ever stops while tests still need it.
  process.on('exit', (code) => console.error(`server stopped (exit ${code})`));
  process.on('SIGTERM', () => process.exit(0));
}
