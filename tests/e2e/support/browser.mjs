// Shared set-up for the browser tests: one headless Chromium per test file, the site from
// SIDELIGHT_URL (scripts/test.sh serves dist/) or, when run alone, from a server started here.
import { before, after } from 'node:test';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ARTIFACTS = `${ROOT}artifacts`;

/** Flags that keep Chromium quiet and offline-friendly in containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A page at `url` in a fresh context (its own storage, so its own library), with the page's
 * errors and any dialog it opens (dismissed) collected in `errors`.
 */
export async function freshPage(browser, url, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { errors.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
  await page.goto(url);
  return { context, page, errors };
}

/** The site's base URL, and a function that stops the server if this file started one. */
export async function site() {
  if (process.env.SIDELIGHT_URL) return { url: process.env.SIDELIGHT_URL, close: async () => {} };
  return serve(`${ROOT}dist`);
}

/**
 * Opens the reader in a new page and waits until the highlighted article is rendered.
 * Collects page errors so tests can assert there were none. With `clock`, the page's timers
 * run on Playwright's controlled clock, paused once the page is ready: only `page.clock.runFor`
 * moves time, so delays can be tested without sleeping or racing the machine's load.
 */
export async function openReader(browser, base, { hash = '', width = 1280, height = 900, colorScheme = 'light', reducedMotion = 'reduce', clock = false } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  if (clock) await page.clock.install();
  // Everything here is local and fast: fail within seconds rather than Playwright's 30 s.
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Reduced motion makes scrolling instant, so checks of positions need no waiting for animation.
  await page.emulateMedia({ colorScheme, reducedMotion });
  await page.goto(base + hash);
  await page.waitForSelector('#app[data-ready="true"]');
  // An installed clock still flows with real time; pause it so that only `runFor` moves it
  // (on a busy machine real time would otherwise fire a delay before the test looks).
  if (clock) await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  return { page, errors };
}

export async function artifactsDir() {
  await mkdir(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** The engine's analysis of the article the page shows, straight from the page's WASM. */
export async function pageAnalysis(page) {
  return page.evaluate(() => {
    const a = window.sidelight.analyze(window.sidelight.seed);
    return {
      mentions: a.mentions.map((m) => ({ start: m.span.start, end: m.span.end, entity: m.entity })),
      entities: a.entities.map((e) => ({ id: e.id, name: e.name, slug: e.slug, type: e.type, count: e.mentions.length, mentions: e.mentions })),
      relations: a.relations.length,
      headings: a.blocks.filter((b) => b.kind === 'heading').map((b) => b.anchor),
    };
  });
}

/**
 * Starts the site and one Chromium for the calling test file and stops them after its tests.
 * The returned object's `browser`, `url` and `dir` (the artifacts folder) are set before the
 * first test runs.
 */
export function useBrowser() {
  const env = { browser: null, url: null, dir: null };
  let server;
  before(async () => {
    server = await site();
    env.url = server.url;
    env.browser = await launch();
    env.dir = await artifactsDir();
  });
  after(async () => {
    await env.browser?.close();
    await server?.close();
  });
  return env;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Serious and critical axe-core violations on the page, as readable strings; `within` limits
 * the check to the first element matching a selector (a dialog), `every` keeps violations of
 * every impact (minor ones too).
 */
export async function axeProblems(page, { within = null, every = false } = {}) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (sel) => (await window.axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ['violations'] })).violations, within);
  return violations
    .filter((v) => every || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
