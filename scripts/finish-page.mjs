// Trunk post-build step (Trunk.toml's hook, run with TRUNK_STAGING_DIR set to the folder Trunk
// is about to publish). It finishes the built page in three ways:
//
// 1. The sample article as the reader shows it (web/sample.html, written by
//    scripts/sample-page.mjs from the reader's own view) goes into the page's `#app`, inert,
//    so a reader sees the highlighted sample as soon as the page and its stylesheet arrive;
//    the reader replaces it when it starts (Yew empties `#app` when it mounts). The page's
//    head script hides it on a page asked for another article (index.html).
// 2. When the sample is shown, Trunk's loader starts the WebAssembly only once that first
//    frame is painted, so its compilation and start never delay the first picture. The files
//    are still fetched at once (the page's preload links, which the reader also reads to find
//    its own files).
// 3. Every inline <script> (the loader, the service worker's registration) moves into a file
//    of its own, named by a hash of its content, so the page runs under a
//    Content-Security-Policy without 'unsafe-inline' (`script-src 'self' 'wasm-unsafe-eval'`).
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fail = (message) => {
  console.error(`finish-page: ${message}`);
  process.exit(1);
};
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by Trunk)');
const page = join(dir, 'index.html');
let html = await readFile(page, 'utf8');

// 1. The sample.
const sample = (await readFile(fileURLToPath(new URL('../web/sample.html', import.meta.url)), 'utf8')).trim();
if (!sample.startsWith('<div class="app sample-preview"')) fail('web/sample.html is not the sample markup (run node scripts/sample-page.mjs)');
const root = /<div id="?app"?>/;
if (!root.test(html)) fail('the page has no <div id=app> for the sample');
html = html.replace(root, (open) => `${open}${sample}`);

// 2 and 3. The loader, then every inline script into a file.
const LOADER_START = /(const wasm = await init\()/;
const files = [];
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
  if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') return whole;
  const module = /\btype\s*=\s*["']?module\b/i.test(attrs);
  if (module) {
    if (!LOADER_START.test(body)) fail("Trunk's loader no longer calls `const wasm = await init(`: update step 2");
    body = body.replace(
      LOADER_START,
      "if (!document.documentElement.classList.contains('not-sample'))\n" +
        '  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));\n$1',
    );
  }
  const name = `${module ? 'start' : 'register'}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  files.push([name, body]);
  return module ? `<script type="module" src="./${name}"></script>` : `<script src="./${name}"></script>`;
});
// The page must have had Trunk's loader to move; a build without it would not start.
if (!files.some(([name]) => name.startsWith('start-'))) fail('the page has no inline module loader to move');
for (const [name, body] of files) await writeFile(join(dir, name), body);
await writeFile(page, html);
console.log(`finish-page: the sample in the page, ${files.length} inline script(s) moved into files`);
