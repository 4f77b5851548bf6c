// Browser tests under a strict Content-Security-Policy, as publishers and blog platforms send
// it: no inline scripts, no inline styles. The reader's page and a blog page embedding the
// widget are served with the policy; neither may cause a single `securitypolicyviolation`,
// and what used inline styles (the card's position, the enlarged map's proportions) works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, ROOT } from './support/browser.mjs';
import { site } from './support/sites.mjs';

const env = useBrowser();
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

/** A browser context whose HTML documents all come with the strict policy, and that records
 *  every violation in each frame (window.__csp). */
async function strictContext(viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport, serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if ((headers['content-type'] ?? '').includes('text/html')) headers['content-security-policy'] = CSP;
    await route.fulfill({ response, headers });
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return context;
}

const violations = async (page) => (await Promise.all(page.frames().map((f) => f.evaluate(() => window.__csp ?? []).catch(() => [])))).flat();

test('the reader starts, places its card and sizes its map under a strict policy', async () => {
  const context = await strictContext();
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await page.waitForSelector('#app[data-ready="true"]');
  assert.ok((await page.locator('article mark.hl').count()) > 10, 'the seed is highlighted');

  // The card opens by its mention, inside the window.
  const mark = page.locator('article mark.hl').nth(3);
  await mark.hover();
  const card = page.locator('.card');
  await card.waitFor();
  const [m, c] = [await mark.boundingBox(), await card.boundingBox()];
  assert.ok(c.y >= m.y + m.height - 1 || c.y + c.height <= m.y + 1, `the card sits above or below its mention: ${JSON.stringify({ m, c })}`);
  assert.ok(c.x >= 0 && c.x + c.width <= 1280, 'the card is inside the window');
  assert.ok(Math.abs(c.x - m.x) < 300, 'the card is by its mention, not at the page\'s corner');

  // The enlarged map takes its proportions from custom properties set through the CSSOM.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: /Map/ }).click();
  await page.getByRole('button', { name: 'Enlarge' }).click();
  const ratio = await page.locator('.map-frame').evaluate((el) => getComputedStyle(el).getPropertyValue('--map-w').trim());
  assert.ok(Number(ratio) > 0, `the map frame knows its drawing's width: ${ratio}`);

  assert.deepEqual(await violations(page), [], 'no violation of the policy');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large article is analysed in the worker under a strict policy', async () => {
  const context = await strictContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await page.waitForSelector('#app[data-ready="true"]');
  const text = ['Harbour Works Review', ...Array(400).fill('Dana Lee opened the Harbour Works centre in Kestra on Monday, Orbix said in a statement about its plans.')].join('\n\n').repeat(8);
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  await page.evaluate((t) => { document.querySelector('#paste-text').value = t; }, text);
  await page.getByRole('dialog').getByRole('button', { name: 'Read', exact: true }).click();
  await page.locator('article h1', { hasText: 'Harbour Works Review' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.analysedIn), 'worker');
  assert.deepEqual(await violations(page), [], 'no violation of the policy');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the blog widget works on a page with a strict policy', async () => {
  const host = await site([
    { path: '/sidelight/', dir: `${ROOT}dist` },
    { path: '/blog/blog.css', body: 'body { font: 18px Georgia, serif; max-width: 42rem; margin: 2rem auto; }', type: 'text/css' },
    {
      path: '/blog/post.html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
        <link rel="stylesheet" href="/blog/blog.css">
        <!-- In the head without defer: the element's content is read once the page is parsed. -->
        <script src="/sidelight/embed.js"></script></head>
        <body><main><h1>My notes</h1>
        <sidelight-reader><h2>Kestrel Grid buys Solvane</h2><p>Kestrel Grid, the Halifax-based power company, said on Tuesday that it would buy Solvane for $120 million. Solvane's chief executive, Ines Varga, will join its board.</p></sidelight-reader>
        </main></body></html>`,
    },
  ]);
  const context = await strictContext({ width: 1000, height: 900 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}blog/post.html`);
    const frame = page.frameLocator('sidelight-reader iframe');
    await frame.locator('article mark.hl', { hasText: 'Kestrel Grid' }).first().waitFor();
    // The element's own styles (a constructed sheet in its shadow root) apply: the frame is shown
    // at the reader's height, not the browser's default 150 px.
    const box = await page.locator('sidelight-reader iframe').boundingBox();
    assert.ok(box.height > 200, `the frame has the reader's height: ${box.height}`);
    assert.deepEqual(await violations(page), [], 'no violation of the policy, on the page or in the frame');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await host.close();
  }
});
