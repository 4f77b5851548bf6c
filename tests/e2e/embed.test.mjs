// The blog widget: a host page with one script tag and <sidelight-reader> elements. The host
// page here is made up (served through Playwright's routing on the same origin as the built
// site) and styles its own paragraphs and marks loudly, to show that neither side's styles
// reach the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, ROOT } from './support/browser.mjs';

const env = useBrowser();
const ARTICLE = await readFile(`${ROOT}tests/e2e/fixtures/other-article.txt`, 'utf8');

const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<style>
  body { font-family: Georgia, serif; max-width: 760px; margin: 0 auto; }
  p { color: rgb(200, 0, 0); }
  mark { display: none; }
  iframe { border: 9px solid lime; }
</style>
<script src="/embed.js" defer></script></head>
<body>
  <p id="intro">My post about robots.</p>
  <sidelight-reader id="from-src" src="/blog/article.txt" height="640"></sidelight-reader>
  <sidelight-reader id="inline" sidebar="bottom"><p>Mistral AI raises €600 million</p><p>French start-up Mistral AI said on Tuesday it had raised €600 million from investors including Microsoft.</p></sidelight-reader>
  <sidelight-reader id="broken" src="/blog/missing.txt"></sidelight-reader>
</body></html>`;

async function openHost() {
  const page = await env.browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/blog/post.html', (route) => route.fulfill({ contentType: 'text/html', body: HOST }));
  await page.route('**/blog/article.txt', (route) => route.fulfill({ contentType: 'text/plain', body: ARTICLE }));
  await page.route('**/blog/missing.txt', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(new URL('blog/post.html', env.url).href);
  return { page, errors };
}

test('a <sidelight-reader> with src shows that article highlighted, in its own frame', async () => {
  const { page, errors } = await openHost();
  const frame = page.frameLocator('#from-src iframe');
  await frame.locator('h1', { hasText: 'Harbor Robotics' }).waitFor();
  const marks = frame.locator('article mark[data-mention]');
  assert.ok((await marks.count()) >= 3, 'mentions are highlighted');
  // The host's `mark { display: none }` and red paragraphs do not reach the reader...
  assert.ok(await marks.first().isVisible(), 'the host page hides no highlight');
  assert.notEqual(await frame.locator('article p').first().evaluate((p) => getComputedStyle(p).color), 'rgb(200, 0, 0)');
  // ...and the reader's styles do not reach the host.
  assert.equal(await page.locator('#intro').evaluate((p) => getComputedStyle(p).color), 'rgb(200, 0, 0)');
  assert.equal(await page.locator('#from-src').evaluate((el) => el.shadowRoot.querySelector('iframe').getBoundingClientRect().height), 640);

  // Selecting changes the frame's state, never the host page's address; keys act only while
  // focus is in the reader.
  const before = page.url();
  await marks.first().click();
  await frame.locator('mark.is-selected').first().waitFor();
  assert.equal(page.url(), before, 'the host address is unchanged');
  const current = () => frame.locator('mark[aria-current="true"]').getAttribute('data-mention');
  const first = await current();
  await page.locator('#intro').click();
  await page.keyboard.press('j');
  assert.equal(await current(), first, 'j typed in the host page does not move the reader');
  await frame.locator('mark.is-selected').first().focus();
  await page.keyboard.press('j');
  await page.waitForFunction(() => true);
  assert.notEqual(await current(), first, 'j typed in the reader moves to the next mention');
  assert.equal(await frame.locator('.open-controls').count(), 0, 'no Open/Paste in a blog');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an inline <sidelight-reader sidebar="bottom"> reads its own text and stacks the sidebar under it; a bad src says so', async () => {
  const { page, errors } = await openHost();
  const frame = page.frameLocator('#inline iframe');
  await frame.locator('h1', { hasText: 'Mistral AI raises' }).waitFor();
  const article = await frame.locator('article').boundingBox();
  const sidebar = await frame.locator('#sidebar').boundingBox();
  assert.ok(sidebar.y >= article.y + article.height - 1, `the sidebar is under the article (${sidebar.y} vs ${article.y + article.height})`);
  assert.ok(await frame.locator('.entity-row', { hasText: 'Microsoft' }).count() > 0, 'the sidebar lists the inline article\'s names');

  const problem = page.locator('#broken').locator('p.problem[role="alert"]');
  await problem.waitFor();
  assert.equal(await problem.innerText(), "Couldn't load /blog/missing.txt (404). Check the src address.");
  assert.deepEqual(errors, []);
  await page.close();
});
