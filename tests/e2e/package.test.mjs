// The npm package a blogger or a site generator pins: `npm pack` makes a tarball with the
// built reader, a test site installs it like any dependency and serves it from a versioned
// path; a post there shows the highlighted article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './support/browser.mjs';
import { site, blogPost } from './support/sites.mjs';
import { pack } from '../../scripts/package.mjs';

let browser;
let work;
before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'sidelight-package-'));
});
after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

test('npm pack gives a tarball with the built reader; installed in a site, it works from a versioned path', async () => {
  const { tarball, files } = await pack(join(work, 'pack'));
  for (const name of ['package.json', 'README.md', 'dist/embed.js', 'dist/index.html', 'dist/sw.js']) {
    assert.ok(files.some((f) => f.startsWith(`${name} `)), `the package has ${name}`);
  }
  assert.ok(files.some((f) => /^dist\/.*\.wasm /.test(f)), 'the package has the WebAssembly');

  // A site that depends on the package, as a static-site project would.
  const project = join(work, 'blog');
  execFileSync('mkdir', ['-p', project]);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'a-small-blog', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, stdio: 'pipe' });
  const installed = join(project, 'node_modules/sidelight-reader');
  const { version } = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));

  const blog = await site([
    { path: `/assets/sidelight-reader/${version}/`, dir: join(installed, 'dist') },
    { path: '/post.html', body: blogPost({ embed: `/assets/sidelight-reader/${version}/embed.js`, src: null }) },
  ]);
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.setDefaultTimeout(10000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${blog.url}post.html`);
    const frame = page.frameLocator('#inline iframe');
    await frame.locator('article mark', { hasText: 'Mistral AI' }).first().waitFor();
    assert.ok((await frame.locator('.entity-row').count()) > 3, 'the sidebar lists the article\'s names');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await blog.close();
  }
});

test('the shipped WebAssembly names crate sources without the build machine\'s home directory', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  const { readdir } = await import('node:fs/promises');
  const wasm = (await readdir(dist)).find((f) => f.endsWith('.wasm'));
  const bytes = (await readFile(new URL(wasm, dist))).toString('latin1');
  // Panic locations name the sources of the crates the reader is built from.
  assert.match(bytes, /yew-0\.\d+\.\d+\/src\//, 'the bundle names its crates\' sources');
  assert.doesNotMatch(bytes, /\.cargo\/registry/, 'no cargo home in the bundle');
  assert.ok(!bytes.includes(process.env.HOME + '/'), 'no home directory in the bundle');
});
