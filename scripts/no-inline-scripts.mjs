// Trunk post-build step: moves every inline <script> of the built page (Trunk's loader of the
// WebAssembly, the service worker's registration) into a file of its own, named by a hash of
// its content, so the page runs under a Content-Security-Policy without 'unsafe-inline'
// (`script-src 'self' 'wasm-unsafe-eval'`). Run by Trunk (Trunk.toml's hook) with
// TRUNK_STAGING_DIR set to the folder it is about to publish.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('no-inline-scripts: TRUNK_STAGING_DIR is not set (run by Trunk)');
  process.exit(2);
}
const page = join(dir, 'index.html');
let html = await readFile(page, 'utf8');
let moved = 0;
const files = [];
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
  if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') return whole;
  const module = /\btype\s*=\s*["']?module\b/i.test(attrs);
  const name = `${module ? 'start' : 'register'}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  files.push([name, body]);
  moved += 1;
  return module ? `<script type="module" src="./${name}"></script>` : `<script src="./${name}"></script>`;
});
for (const [name, body] of files) await writeFile(join(dir, name), body);
await writeFile(page, html);
// The page must have had Trunk's loader to move; a build without it would not start.
if (!files.some(([name]) => name.startsWith('start-'))) {
  console.error('no-inline-scripts: the page has no inline module loader to move');
  process.exit(1);
}
console.log(`no-inline-scripts: moved ${moved} inline script(s) into files`);
