#!/usr/bin/env node
// Large articles in the built reader (dist/), headless Chromium: for pastes of 1, 5 and 10 MB
// (news text made of the repo's own sample articles, repeated), the time from pressing Read to
// the first highlights; from a jump to the article's end to its last part highlighted (a long
// article gets its highlights part by part near the screen); to select the most mentioned
// entity (a click in the sidebar to the next frame after its mentions are marked) and to step
// to its next mention (j); the renderer's memory (largest renderer process, resident) before
// the paste (the sample shown), after each, and again once the garbage is collected, and the page's WebAssembly memory (which
// never shrinks: its high-water mark); and the longest the page's main thread
// stalled while reading the paste, while the worker analysed, and while building the
// highlighted article. 10 MB is over the reader's 8 MB limit: the dialog asks, and the reader
// reads its first 8 MB. Not a test: numbers, for reports.
// Usage: trunk build --release && [BOX=1] node scripts/bench-large.mjs [MB,MB,...] [DIST]
//   DIST: another build's folder (default dist/), to compare two builds side by side.
import { readFile, readdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/support/browser.mjs';
import { serve } from '../tests/e2e/support/serve.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const sizes = (process.argv[2] ?? '1,5,10').split(',').map(Number);
const seeds = await readdir(`${root}seeds`);
const samples = [
  ...(await Promise.all(seeds.map((f) => readFile(`${root}seeds/${f}`, 'utf8')))),
  await readFile(`${root}tests/e2e/fixtures/other-article.txt`, 'utf8'),
  await readFile(`${root}tests/e2e/fixtures/furniture-article.txt`, 'utf8'),
];
function text(mb) {
  const target = mb * 1024 * 1024;
  const parts = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const t = samples[i % samples.length];
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}
/** The resident memory of the largest Chromium renderer process, in MB. */
function rendererMb() {
  const out = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
  const rss = out.split('\n').filter((l) => l.includes('--type=renderer')).map((l) => Number(l.trim().split(/\s+/)[0]));
  return Math.max(0, ...rss) / 1024;
}

const server = await serve(process.argv[3] ?? `${root}dist`);
const browser = await launch();
const rows = [];
try {
  for (const mb of sizes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    // Trunk's loader announces the instance: its memory is the page's WebAssembly memory.
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.benchWasm = e.detail.wasm; }));
    page.setDefaultTimeout(300_000);
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready="true"]');
    // The renderer with the sample article, before the paste: what the article adds is the rest.
    const before = rendererMb();
    const body = text(mb);
    await page.getByRole('button', { name: 'Paste', exact: true }).click();
    // The text into the page first: handing 10 MB over is the harness's work, not the page's.
    await page.evaluate((t) => { window.benchText = t; }, body);
    // The page's responsiveness: a timer every 10 ms notes how late it runs. A late run is
    // put down to what the page was doing: reading the paste (from the paste itself to the
    // analysis bar going up, and the task that puts it up: the click on Read), analysing (the bar up all along: the
    // worker at work, the page only showing progress), or building (the task that takes the
    // bar down, the analysis arriving, and everything after it).
    await page.evaluate(() => {
      window.stalls = { reading: 0, analysing: 0, building: 0 };
      let last = performance.now();
      let was = false;
      let done = false;
      setInterval(() => {
        const now = performance.now();
        const up = !!document.querySelector('.analysing');
        const key = done || (was && !up) ? 'building' : was && up ? 'analysing' : 'reading';
        if (was && !up) done = true;
        window.stalls[key] = Math.max(window.stalls[key], now - last - 10);
        was = up;
        last = now;
      }, 10);
    });
    // Paste the text as the browser does, a paste event carrying the clipboard's text (typing
    // 10 MB would measure the keyboard); with BOX=1, put it in the box directly instead, as
    // if typed there.
    await page.evaluate((box) => {
      const t = window.benchText;
      const area = document.querySelector('#paste-text');
      if (box) { area.value = t; return; }
      const data = new DataTransfer();
      data.setData('text/plain', t);
      area.focus();
      if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) area.value = t;
    }, process.env.BOX === '1');
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Read', exact: true }).click();
    // A long paste is read in slices: the question about its size, or the analysis, comes after.
    await page.waitForFunction(() => !document.querySelector('.paste') || [...document.querySelectorAll('.paste button')].some((b) => b.textContent.startsWith('Read the first')));
    const over = await page.getByRole('button', { name: /^Read the first/ }).isVisible().catch(() => false);
    let t1 = t0;
    if (over) {
      t1 = Date.now();
      await page.getByRole('button', { name: /^Read the first/ }).click();
    }
    await page.waitForFunction(() => !document.querySelector('.paste') && document.querySelectorAll('article mark[data-mention]').length > 100);
    const highlight = Date.now() - t0 - (t1 - t0);
    const marks = await page.locator('article mark[data-mention]').count();
    const stalls = await page.evaluate(() => window.stalls);
    const select = await page.evaluate(async () => {
      const row = document.querySelector('.entity-row');
      const start = performance.now();
      row.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      while (!document.querySelector('mark.is-selected')) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - start;
    });
    const next = await page.evaluate(async () => {
      const start = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - start;
    });
    // A long article's later parts get their highlights as they come near the screen: from
    // a jump to its end to the last part's highlights.
    const end = await page.evaluate(async () => {
      const start = performance.now();
      window.scrollTo(0, document.documentElement.scrollHeight);
      const last = () => [...document.querySelectorAll('#article .part')].pop();
      while (last()?.classList.contains('waiting')) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - start;
    });
    const memory = rendererMb();
    // What stays once the garbage is collected.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(500);
    const wasm = await page.evaluate(() => (window.benchWasm?.memory?.buffer.byteLength ?? 0) / 2 ** 20);
    rows.push({ mb, before, read: over ? 'first 8 MB' : 'whole', highlight, end, select, next, marks, memory, kept: rendererMb(), wasm, stalls });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`large pastes, headless Chromium (${new Date().toISOString().slice(0, 10)}):`);
console.log('paste    read          to highlights   to the end   select   next (j)   marks in page   renderer memory: before / after / collected   WASM memory   longest stall: reading / analysing / building');
for (const r of rows) {
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(`${String(r.mb).padStart(3)} MB   ${r.read.padEnd(12)}  ${(r.highlight / 1000).toFixed(2).padStart(8)} s   ${(r.end / 1000).toFixed(2).padStart(8)} s  ${(r.select / 1000).toFixed(2).padStart(6)} s   ${(r.next / 1000).toFixed(2).padStart(6)} s  ${String(r.marks).padStart(10)}      ${r.before.toFixed(0).padStart(4)} MB / ${r.memory.toFixed(0).padStart(4)} MB / ${r.kept.toFixed(0).padStart(4)} MB     ${r.wasm.toFixed(0).padStart(6)} MB           ${ms(r.stalls.reading).padStart(8)} / ${ms(r.stalls.analysing)} / ${ms(r.stalls.building)}`);
}
