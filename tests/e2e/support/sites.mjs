// Made-up sites for the blog widget's tests: a static server on 127.0.0.1 that serves, under
// chosen paths, a folder (the built reader, dist/) and pages held in memory (a blog post, its
// article). Two servers are two origins, as a blog and a CDN are.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` on a free port of 127.0.0.1 and resolves to { url, close }. Each mount is
 * `{ path: '/sidelight/', dir }` (a folder) or `{ path: '/blog/post.html', body, type, cache, headers }`
 * (one page; `cache` its cache-control, `no-store` by default; `headers` any others, such as
 * CORS's). Files from folders are sent
 * with `cache-control: max-age=600`, as a CDN or a blog's host sends static files, so that a
 * page read once can be read again offline.
 */
export function site(mounts) {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    for (const m of mounts) {
      if (m.body !== undefined && path === m.path) {
        res.writeHead(200, { 'content-type': m.type ?? TYPES[extname(path)] ?? 'text/plain', 'cache-control': m.cache ?? 'no-store', ...(m.headers ?? {}) });
        res.end(m.body);
        return;
      }
      if (m.dir !== undefined && path.startsWith(m.path)) {
        const root = resolve(m.dir);
        let file = normalize(join(root, path.slice(m.path.length)));
        if (!file.startsWith(root)) break;
        if (path.endsWith('/')) file = join(file, 'index.html');
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
          res.end(body);
          return;
        } catch {
          break;
        }
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      ok({ url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/**
 * A blog post as bloggers make them: a site header and navigation, a column with the post,
 * loud styles for the elements the reader also uses (mark, iframe, p, a), and two readers:
 * one from `src` (left out when `src` is null), one with its article inline. `embed` is the embed.js address; `column`
 * the column's width in CSS pixels; `dark` a dark blog theme.
 */
export function blogPost({ embed, column = 700, dark = false, src = 'article.txt', inlineSidebar = 'bottom', srcSidebar = 'right' }) {
  const [bg, fg, link] = dark ? ['#1b1e23', '#e4e2dc', '#f0a35e'] : ['#fffdf8', '#2a2522', '#9c2f1b'];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Notes from the robot beat — A small blog</title>
<style>
  body { margin: 0; background: ${bg}; color: ${fg}; font: 18px/1.65 Georgia, "DejaVu Serif", serif; }
  .site-head { padding: 18px 24px; border-bottom: 3px double ${fg}; font-family: "DejaVu Sans", sans-serif; }
  .site-head nav a { margin-right: 14px; }
  a { color: ${link}; }
  main { max-width: ${column}px; margin: 0 auto; padding: 24px 20px 80px; }
  p { color: ${fg}; margin: 0 0 1em; }
  mark { background: hotpink; color: white; display: none; }
  iframe { border: 9px solid lime; }
  .byline { color: #888; font-style: italic; }
  footer { text-align: center; padding: 40px; opacity: 0.7; }
</style>
<script src="${embed}" defer></script></head>
<body>
  <header class="site-head"><strong>A small blog</strong> <nav><a href="/">Home</a><a href="/about">About</a></nav></header>
  <main>
    <h1 id="post-title">Two stories I read this week</h1>
    <p class="byline">Posted on 5 December by the robot-beat writer</p>
    <p id="intro">Here is the first one, about a robotics start-up.</p>
    ${src ? `<sidelight-reader id="from-src" src="${src}" sidebar="${srcSidebar}"><p><a href="${src}">Read the article</a></p></sidelight-reader>` : ''}
    <p>And the second, about a funding round:</p>
    <sidelight-reader id="inline" sidebar="${inlineSidebar}">
      <h2>Mistral AI raises €600 million</h2>
      <p>French start-up Mistral AI said on Tuesday it had raised €600 million from investors including Microsoft and Nvidia.</p>
      <p>Arthur Mensch, the company's chief executive, said the money would pay for computing power in Paris.</p>
    </sidelight-reader>
    <p id="outro">That is all for this week.</p>
  </main>
  <footer>© A small blog</footer>
</body></html>`;
}
