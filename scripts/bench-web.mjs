#!/usr/bin/env node
// Measures the built reader (dist/): gzip size of the WASM and JS, time from navigation to the
// highlighted sample painted (the page carries it) and to the reader ready, in headless Chromium
// (median of 5 cold loads), and the WASM engine's
// throughput on ~1 MB of text through window.sidelight.
// Usage: trunk build --release && node scripts/bench-web.mjs
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/support/browser.mjs';
import { serve } from '../tests/e2e/support/serve.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = (await readdir(dist)).filter((f) => /\.(wasm|js|css|html)$/.test(f));
if (!files.some((f) => f.endsWith('.wasm'))) {
  console.error('no .wasm in dist/: run `trunk build --release` first');
  process.exit(1);
}
let totalGz = 0;
console.log('bundle (gzip -9):');
for (const f of files.sort()) {
  const raw = await readFile(dist + f);
  const gz = gzipSync(raw, { level: 9 }).length;
  if (/\.(wasm|js)$/.test(f)) totalGz += gz;
  console.log(`  ${f.padEnd(44)} ${kb(raw.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}
console.log(`  wasm + js: ${kb(totalGz)} gzip`);

const server = await serve(dist);
const browser = await launch();
try {
  const [painted, loads] = [[], []];
  for (let i = 0; i < 5; i++) {
    // A fresh context each time: no cache, so every load fetches and compiles the WASM.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready="true"]');
    // The page carries the highlighted sample: its first contentful paint shows it.
    const [sample, ready] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByName('sidelight-ready')[0].startTime,
    ]);
    if (sample) painted.push(sample);
    loads.push(ready);
    await context.close();
  }
  const runs = (xs) => `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((t) => t.toFixed(0)).join(', ')} ms)`;
  console.log(`time to the highlighted sample painted: ${painted.length ? runs(painted) : 'no paint entry'}`);
  console.log(`time to the reader ready: ${runs(loads)}`);

  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#app[data-ready="true"]');
  const result = await page.evaluate(() => {
    const seed = window.sidelight.seed;
    const parts = [];
    let bytes = 0;
    const seedBytes = new TextEncoder().encode(seed).length + 2;
    while (bytes < 1 << 20) {
      parts.push(seed);
      bytes += seedBytes;
    }
    const text = parts.join('\n\n');
    const runs = [];
    let summary;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      summary = window.sidelight.summary(text);
      runs.push(performance.now() - t0);
    }
    const t0 = performance.now();
    window.sidelight.analyze(text);
    const full = performance.now() - t0;
    return { bytes: new TextEncoder().encode(text).length, runs, summary, full };
  });
  const ms = median(result.runs);
  const mb = result.bytes / (1 << 20);
  console.log(`engine in WASM: ${mb.toFixed(2)} MB in ${ms.toFixed(0)} ms median of 3 = ${(mb / (ms / 1000)).toFixed(2)} MB/s ` +
    `(${result.summary.mentions} mentions, ${result.summary.entities} entities, ${result.summary.relations} relations)`);
  console.log(`  with the whole analysis converted to JS objects: ${result.full.toFixed(0)} ms = ${(mb / (result.full / 1000)).toFixed(2)} MB/s`);
} finally {
  await browser.close();
  await server.close();
}
