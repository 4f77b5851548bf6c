#!/usr/bin/env node
// Sidelight next to the in-browser alternatives, in one run on this machine: the built reader
// (dist/), and two minimal pages that do the same job with their library's best API, bundled
// for release (esbuild, minified): compromise + compromise-dates (people, organizations,
// places, money, dates) and wink-nlp + wink-eng-lite-web-model (its entities: dates, money,
// percentages, ...; it finds no names). Each page highlights the seed article's mentions and
// lists its entities, and marks the moment with `performance.mark`. Not a test: a table.
//
// Figures: transfer size (gzip and brotli) of what each page loads before its first highlight
// (the files that arrived before it on a 4 Mbit/s link) and of everything it loads; first
// highlight (navigation to the highlighted article: the first contentful paint of a page that
// carries it in its HTML, else the page's mark when it has put it in the DOM; median and spread
// of 9 cold loads, a fresh browser context each) and ready to use (the page's mark); extraction throughput in the page (MB/s on the seed, the dev
// articles joined when a shared-data path is given, and 1 MB and 10 MB of varied news text
// made of the repo's own sample articles); the renderer's resident memory after analysing the
// 1 MB and 10 MB texts; on about 50,000 words of that text, selecting an entity from the list
// and stepping to its next mention with j (input to the next frame, median and p95 of 20).
// Larger pastes in the reader: scripts/bench-large.mjs.
//
// Usage: node scripts/bench-compare.mjs [SHARED]   (after `trunk build --release`)
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launch } from '../tests/e2e/support/browser.mjs';
import { serve } from '../tests/e2e/support/serve.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = process.argv[2];
const out = `${root}target/bench-compare/`;
const seed = await readFile(`${root}seeds/mistral-ai-funding.txt`, 'utf8');

// ---- The comparison pages -------------------------------------------------------------
// The same page around each library: the article, highlighted; the entities, listed.
const PAGE = (title) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.6 system-ui;margin:2em auto;max-width:70ch}mark{background:#fde7b0}mark[data-type=PERSON]{background:#cfe5f6}mark.sel{outline:2px solid #333}mark.cur{background:#f90}</style>
<script type="application/json" id="article">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>
<article id="out"></article><ul id="list"></ul><script src="app.js"></script></html>`;

// Shared by both pages: highlights `found` ({start, end, type}, UTF-16 offsets, any order).
const SHOW = `
export function show(text, found) {
  const article = document.getElementById('out');
  const spans = found.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  let at = 0;
  const frag = document.createDocumentFragment();
  for (const m of spans) {
    if (m.start < at) continue;
    frag.append(text.slice(at, m.start));
    const mark = document.createElement('mark');
    mark.dataset.type = m.type;
    mark.textContent = text.slice(m.start, m.end);
    frag.append(mark);
    at = m.end;
  }
  frag.append(text.slice(at));
  article.append(frag);
  const list = document.getElementById('list');
  for (const name of new Set(spans.map((m) => m.type + ': ' + text.slice(m.start, m.end)))) {
    const li = document.createElement('li');
    li.textContent = name;
    li.dataset.key = name;
    list.append(li);
  }
  for (const mark of article.querySelectorAll('mark')) mark.dataset.key = mark.dataset.type + ': ' + mark.textContent;
}
// Selecting an entity from the list marks its mentions and goes to the first; j goes to the next.
let selected = [];
let current = -1;
function next() {
  if (!selected.length) return;
  document.querySelector('mark.cur')?.classList.remove('cur');
  current = (current + 1) % selected.length;
  selected[current].classList.add('cur');
  selected[current].scrollIntoView({ block: 'center' });
}
function select(key) {
  for (const m of document.querySelectorAll('mark.sel')) m.classList.remove('sel');
  selected = [...document.querySelectorAll(\`mark[data-key="\${CSS.escape(key)}"]\`)];
  for (const m of selected) m.classList.add('sel');
  current = -1;
  next();
}
export function run(extract) {
  window.extract = (t) => extract(t).length;
  window.load = (t) => {
    document.getElementById('out').replaceChildren();
    document.getElementById('list').replaceChildren();
    show(t, extract(t));
  };
  document.getElementById('list').addEventListener('click', (e) => {
    const li = e.target.closest('li');
    if (li) select(li.dataset.key);
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'j') next(); });
  const text = JSON.parse(document.getElementById('article').textContent);
  show(text, extract(text));
  performance.mark('highlighted');
}
`;

const ENTRIES = {
  compromise: `
import nlp from 'compromise';
import dates from 'compromise-dates';
import { run } from './show.js';
nlp.plugin(dates);
// Its entity views, with character offsets.
function extract(text) {
  const doc = nlp(text);
  const found = [];
  const add = (view, type) => {
    for (const m of view.json({ offset: true })) found.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
  };
  add(doc.people(), 'PERSON');
  add(doc.organizations(), 'ORG');
  add(doc.places(), 'GPE');
  add(doc.money(), 'MONEY');
  add(doc.dates(), 'DATE');
  return found;
}
run(extract);
`,
  wink: `
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { run } from './show.js';
const nlp = winkNLP(model);
const its = nlp.its;
// Its entities (dates, money, percentages, ...) with their tokens' spans, placed in the text
// in order (its tokens keep no character offsets).
function extract(text) {
  const doc = nlp.readDoc(text);
  const found = [];
  let at = 0;
  doc.entities().each((e) => {
    const value = e.out();
    const start = text.indexOf(value, at);
    if (start < 0) return;
    found.push({ start, end: start + value.length, type: e.out(its.type) });
    at = start + value.length;
  });
  return found;
}
run(extract);
`,
};

await mkdir(out, { recursive: true });
for (const [name, entry] of Object.entries(ENTRIES)) {
  const dir = `${out}${name}/`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}show.js`, SHOW);
  await writeFile(`${dir}entry.js`, entry);
  await build({
    entryPoints: [`${dir}entry.js`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: `${dir}app.js`,
    logLevel: 'error',
    nodePaths: [`${root}node_modules`],
  });
  await writeFile(`${dir}index.html`, PAGE(name));
}

// ---- Texts --------------------------------------------------------------------------
const samples = [seed, ...(await Promise.all(['other-article.txt', 'furniture-article.txt'].map((f) => readFile(`${root}tests/e2e/fixtures/${f}`, 'utf8'))))];
function varied(mb) {
  const parts = [];
  for (let n = 0, i = 0; n < mb * 1024 * 1024; i++) {
    parts.push(samples[i % samples.length]);
    n += Buffer.byteLength(samples[i % samples.length]) + 2;
  }
  return parts.join('\n\n');
}
const texts = [['seed', seed]];
if (shared) {
  const dir = `${shared}/eval/dev/`;
  const docs = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.json')).map(async (f) => JSON.parse(await readFile(dir + f, 'utf8')).text));
  texts.push(['dev articles', docs.join('\n\n')]);
}
texts.push(['1 MB', varied(1)], ['10 MB', varied(10)]);
/** About 50,000 words of the same news text, for selecting and stepping. */
const words50k = (() => {
  const parts = [];
  for (let n = 0, i = 0; n < 50000; i++) {
    parts.push(samples[i % samples.length]);
    n += samples[i % samples.length].split(/\s+/).length;
  }
  return parts.join('\n\n');
})();

// ---- Measuring ------------------------------------------------------------------------
/** In the page: [first highlight, ready] in ms from navigation. A page that carries its
 *  highlighted article in its HTML (the reader's sample, marked `sample-preview`) shows it at
 *  its first contentful paint; any other page when its mark says so, which is also `ready`. */
function firstHighlight(mark) {
  const ready = performance.getEntriesByName(mark)[0].startTime;
  const carried = performance.getEntriesByName('first-contentful-paint')[0];
  return [window.__carried && carried ? Math.min(carried.startTime, ready) : ready, ready];
}
/** Before the page's own scripts: whether its HTML carries the highlighted article. */
const CARRIED = () => {
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') window.__carried ??= !!document.querySelector('.sample-preview mark');
  });
};
/** gzip -9 and brotli -q 11 sizes of the files at these paths of `dir`. */
async function sizes(dir, paths) {
  let gzip = 0;
  let brotli = 0;
  for (const path of paths) {
    const file = await readFile(`${dir}${path === '/' ? '/index.html' : decodeURIComponent(path)}`).catch(() => null);
    if (!file) continue;
    gzip += gzipSync(file, { level: 9 }).length;
    brotli += brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return [gzip, brotli];
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rendererMb = () => {
  const ps = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
  return Math.max(0, ...ps.split('\n').filter((l) => l.includes('--type=renderer')).map((l) => Number(l.trim().split(/\s+/)[0]))) / 1024;
};

// How each page is given the 50,000 words (the reader's Paste dialog; the others' `load`),
// and where its entity list is.
async function pasteInto(page, text) {
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  await page.evaluate((t) => { document.querySelector('#paste-text').value = t; }, text);
  await page.getByRole('dialog').getByRole('button', { name: 'Read', exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('#paste-text') && !document.querySelector('.analysing') && document.querySelectorAll('article mark[data-mention]').length > 100, null, { timeout: 120000 });
}
async function loadInto(page, text) {
  await page.evaluate((t) => window.load(t), text);
}
const sites = {
  Sidelight: { dir: `${root}dist`, mark: 'sidelight-ready', run: (t) => window.sidelight.summary(t).mentions, load: pasteInto, rows: '.entity-row' },
  compromise: { dir: `${out}compromise`, mark: 'highlighted', run: (t) => window.extract(t), load: loadInto, rows: '#list li' },
  'wink-nlp': { dir: `${out}wink`, mark: 'highlighted', run: (t) => window.extract(t), load: loadInto, rows: '#list li' },
};
const browser = await launch();
const results = {};
try {
  for (const [name, s] of Object.entries(sites)) {
    const server = await serve(s.dir);
    const r = (results[name] = { loads: [], ready: [], gzip: 0, brotli: 0, totalGzip: 0, totalBrotli: 0, rate: {}, memory: {}, select: [], next: [] });
    console.error(`${name}: cold loads…`);
    // Cold loads: when the highlighted article is first shown (`firstHighlight`), and when the
    // page is ready (its mark).
    for (let i = 0; i < 9; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      await context.addInitScript(CARRIED);
      const page = await context.newPage();
      const fetched = new Set();
      page.on('requestfinished', (q) => fetched.add(new URL(q.url()).pathname));
      await page.goto(server.url);
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, s.mark, { timeout: 60000 });
      const [first, ready] = await page.evaluate(firstHighlight, s.mark);
      r.loads.push(first);
      r.ready.push(ready);
      // Everything the page loads once ready, all told.
      if (i === 0) [r.totalGzip, r.totalBrotli] = await sizes(s.dir, fetched);
      await context.close();
    }
    // What the page must load before its first highlight: the files that arrived before it on a
    // slow link (4 Mbit/s, 40 ms; on localhost everything arrives at once, needed or not).
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      await context.addInitScript(CARRIED);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 4e6 / 8, uploadThroughput: 1e6 / 8 });
      await page.goto(server.url);
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, s.mark, { timeout: 120000 });
      const before = await page.evaluate(async ([mark, measure]) => {
        const [first] = new Function(`return (${measure})`)()(mark);
        const arrived = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= first).map((e) => new URL(e.name).pathname);
        return [new URL(location.href).pathname, ...arrived];
      }, [s.mark, firstHighlight.toString()]);
      [r.gzip, r.brotli] = await sizes(s.dir, new Set(before));
      await context.close();
    }
    // Throughput and memory, one text at a time in a fresh page.
    for (const [label, text] of texts) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      page.setDefaultTimeout(600000);
      await page.goto(server.url);
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, s.mark, { timeout: 60000 });
      const bytes = Buffer.byteLength(text);
      // A text the last rate says would take this library over two minutes is not run.
      const rates = Object.values(r.rate).filter((x) => x);
      const last = rates[rates.length - 1];
      if (last && bytes / 1e6 / last > 120) {
        r.rate[label] = null;
        await context.close();
        continue;
      }
      console.error(`${name}: ${label}…`);
      const runs = bytes > 200e3 ? 1 : 3;
      const seconds = await page.evaluate(
        async ({ text, runs, fn }) => {
          const run = new Function('t', `return (${fn})(t)`);
          const times = [];
          for (let k = 0; k < runs; k++) {
            const t0 = performance.now();
            run(text);
            times.push((performance.now() - t0) / 1000);
          }
          return Math.min(...times);
        },
        { text, runs, fn: s.run.toString() },
      ).catch(() => null);
      r.rate[label] = seconds === null ? null : bytes / 1e6 / seconds;
      if (label.endsWith('MB')) r.memory[label] = rendererMb();
      await context.close();
    }
    // Interaction on 50,000 words: select an entity in the list (five in turn, each from
    // another), then j to the next mention; from the input to the next frame.
    {
      console.error(`${name}: select and next on 50,000 words…`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.setDefaultTimeout(120000);
      await page.goto(server.url);
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, s.mark, { timeout: 60000 });
      await s.load(page, words50k);
      const times = await page.evaluate(async (rows) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const list = [...document.querySelectorAll(rows)].slice(0, 5);
        const select = [];
        const next = [];
        for (let k = 0; k < 20; k++) {
          let t0 = performance.now();
          list[k % list.length].click();
          await frame();
          select.push(performance.now() - t0);
          t0 = performance.now();
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
          await frame();
          next.push(performance.now() - t0);
        }
        return { select, next };
      }, s.rows);
      r.select = times.select;
      r.next = times.next;
      await context.close();
    }
    await server.close();
  }
} finally {
  await browser.close();
}

// ---- The table --------------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const names = Object.keys(results);
const row = (label, f) => console.log(`${label.padEnd(34)}${names.map((n) => f(results[n], n).padStart(16)).join('')}`);
const ratio = (a, b) => (a && b ? ` (${(a / b).toFixed(1)}×)` : '');
console.log(`Sidelight and the alternatives, headless Chromium, ${new Date().toISOString().slice(0, 10)}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores`);
row('', (_, n) => n);
row('first load, gzip', (r) => kb(r.gzip));
row('first load, brotli', (r) => kb(r.brotli));
row('everything loaded, gzip', (r) => kb(r.totalGzip));
row('everything loaded, brotli', (r) => kb(r.totalBrotli));
row('first highlight, median (ms)', (r) => `${median(r.loads).toFixed(0)}`);
row('  spread (min–max, ms)', (r) => `${Math.min(...r.loads).toFixed(0)}–${Math.max(...r.loads).toFixed(0)}`);
row('ready to use, median (ms)', (r) => `${median(r.ready).toFixed(0)}`);
row('  spread (min–max, ms)', (r) => `${Math.min(...r.ready).toFixed(0)}–${Math.max(...r.ready).toFixed(0)}`);
for (const [label] of texts) {
  row(`throughput, ${label} (MB/s)`, (r) => (r.rate[label] === null ? '—' : r.rate[label].toFixed(2) + (r === results.Sidelight ? '' : ratio(results.Sidelight.rate[label], r.rate[label]))));
}
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
row('select on 50k words, median (ms)', (r) => (r.select.length ? median(r.select).toFixed(1) : '—'));
row('  p95 (ms)', (r) => (r.select.length ? p95(r.select).toFixed(1) : '—'));
row('next (j) on 50k words, median (ms)', (r) => (r.next.length ? median(r.next).toFixed(1) : '—'));
row('  p95 (ms)', (r) => (r.next.length ? p95(r.next).toFixed(1) : '—'));
for (const label of ['1 MB', '10 MB']) row(`renderer memory after ${label}`, (r) => (r.memory[label] ? `${r.memory[label].toFixed(0)} MB` : '—'));
console.log('(×: Sidelight\'s throughput over that library\'s in the same run; —: not run, as it would take that library over two minutes)');
