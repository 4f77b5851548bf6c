// Offline reading: after one visit, the reader opens again with the network cut off (its
// service worker keeps the page, script, WebAssembly and stylesheet).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';

const env = useBrowser();

test('after one visit the reader opens and highlights the sample article offline', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await page.waitForSelector('#app[data-ready="true"]');
  // The worker is installed once it has kept the page and the files it names.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const kept = await page.evaluate(async () => {
    const cache = await caches.open('sidelight-v1');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const ext of ['.wasm', '.js', '.css']) {
    assert.ok(kept.some((p) => p.endsWith(ext)), `a ${ext} file is kept (kept: ${kept.join(', ')})`);
  }

  await context.setOffline(true);
  assert.equal(await page.evaluate(() => fetch('https://example.com/').then(() => 'online', () => 'offline')), 'offline');
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  assert.ok((await page.locator('article mark[data-mention]').count()) > 10, 'the article is highlighted offline');
  await page.goto(`${env.url}#entity=microsoft`);
  await page.locator('mark.is-selected').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
