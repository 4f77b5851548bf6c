// The sample article carried by the page (web/sample.html, put in by scripts/finish-page.mjs):
// a reader sees the highlighted sample before the WebAssembly has loaded, the reader then
// takes its place without a blank frame or a jump, the copy is the reader's current view of
// the sample (not a stale one), and a page asked for another article never shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';
import { sampleMarkup, carriedSample } from '../../scripts/sample-page.mjs';

const env = useBrowser();

/** A page whose reader never starts: its script and WebAssembly are refused. */
async function withoutReader(url, viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  await page.route(/\/(start|sidelight)-[0-9a-f]+(_bg)?\.(js|wasm)$/, (route) => route.abort());
  await page.goto(url);
  return { context, page };
}

/** Where the title, the first highlights and the first entity row are on `page`. */
const positions = (page) =>
  page.evaluate(() =>
    ['article .title', 'article p mark.hl', 'article p:nth-of-type(3) mark.hl', '.groups li', '.tabs'].map((sel) => {
      const r = document.querySelector(`#app ${sel}`)?.getBoundingClientRect();
      return r && { sel, x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) };
    }),
  );

test('the page carries the reader\'s current view of the sample', async () => {
  const html = await (await fetch(env.url)).text();
  const carried = carriedSample(html);
  assert.ok(carried, 'the page has the sample');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('#app[data-ready="true"]');
  assert.equal(await page.locator('.sample-preview').count(), 0, 'the reader took the sample\'s place');
  // A failure here means the engine's output or the reader's markup changed: run
  // `node scripts/sample-page.mjs` after a release build, and build again.
  assert.equal(carried, await sampleMarkup(page), 'the page\'s sample is the reader\'s view of it');
  await context.close();
});

test('before the reader starts, the sample is shown highlighted, inert, where the reader will show it', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
    const { context, page } = await withoutReader(env.url, viewport);
    const preview = page.locator('.sample-preview');
    assert.ok(await preview.isVisible(), 'the sample is shown');
    assert.ok((await page.locator('.sample-preview article mark.hl').count()) > 10, 'with its highlights');
    assert.equal(await preview.getAttribute('inert'), '', 'nothing in it answers before the reader does');
    const before = await positions(page);
    await context.close();

    const live = await env.browser.newContext({ viewport, serviceWorkers: 'block' });
    const app = await live.newPage();
    await app.goto(env.url);
    await app.waitForSelector('#app[data-ready="true"]');
    const after = await positions(app);
    for (const [i, b] of before.entries()) {
      // The entity list is in a closed sheet on a phone: hidden in both.
      if (!b || !after[i]) {
        assert.equal(b, after[i], `${before[i]?.sel ?? after[i]?.sel} is in both or neither`);
        continue;
      }
      assert.deepEqual(after[i], b, `${b.sel} stays where it was at ${viewport.width} px`);
    }
    await live.close();
  }
});

test('every frame from the first one that shows the sample to the reader\'s start shows an article', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.__frames = [];
    const look = () => {
      const shown = document.querySelector('#app article mark.hl');
      window.__frames.push(!shown ? 'none' : shown.closest('.sample-preview') ? 'sample' : 'reader');
      if (!document.querySelector('#app[data-ready="true"]')) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('#app[data-ready="true"]');
  const frames = await page.evaluate(() => window.__frames);
  const first = frames.findIndex((shown) => shown !== 'none');
  assert.equal(frames[first], 'sample', `the sample came first: ${frames.join(',')}`);
  assert.deepEqual(frames.slice(first).filter((shown) => shown === 'none'), [], `no frame without the article: ${frames.join(',')}`);
  await context.close();
});

test('a page asked for another article never shows the sample', async () => {
  const others = ['#doc=k7x2', '?embed=1', '?src=https%3A%2F%2Fnews.example%2Fa', '?from=bookmarklet', '?embed=1&sidebar=none#doc=k7x2'];
  for (const asked of others) {
    const { context, page } = await withoutReader(env.url + asked);
    assert.equal(await page.locator('.sample-preview').isVisible(), false, `${asked}: the sample is hidden`);
    await context.close();
  }
  // A link into the sample (an entity, a view, a section) shows it.
  for (const asked of ['#entity=mistral-ai', '#view=facts', '#the-path-forward']) {
    const { context, page } = await withoutReader(env.url + asked);
    assert.ok(await page.locator('.sample-preview').isVisible(), `${asked}: the sample is shown`);
    await context.close();
  }
});
