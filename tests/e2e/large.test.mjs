// Browser tests of large articles: analysed in a worker (the page's own WebAssembly, off the
// main thread) with a progress bar and Cancel, the page answering input meanwhile; built part
// by part, each part laid out only near the screen; the page analyses on its own when no
// worker can start. The article is the repo's sample articles repeated (about 2 MB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, openReader, ROOT } from './support/browser.mjs';

const env = useBrowser();
const samples = await Promise.all(
  ['seeds/mistral-ai-funding.txt', 'tests/e2e/fixtures/other-article.txt', 'tests/e2e/fixtures/furniture-article.txt'].map((f) => readFile(`${ROOT}${f}`, 'utf8')),
);
/** About `mb` megabytes of news text, ending with a line of its own. */
function large(mb, last) {
  const parts = ['Harbour Works Annual Review'];
  for (let n = 0, i = 0; n < mb * 1e6; i++) {
    parts.push(samples[i % samples.length]);
    n += samples[i % samples.length].length;
  }
  parts.push(last);
  return parts.join('\n\n');
}

async function paste(page, text) {
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  await page.evaluate((t) => { document.querySelector('#paste-text').value = t; }, text);
  await page.getByRole('dialog').getByRole('button', { name: 'Read', exact: true }).click();
}

test('a large article is analysed off the main thread with its progress, then built part by part', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const last = 'The last line of the review names Kestra Harbour Authority once more.';
  await paste(page, large(2, last));
  const bar = page.locator('.analysing');
  await bar.waitFor();
  assert.match(await bar.innerText(), /Analysing “Harbour Works Annual Review” \(2\.\d MB\)/);
  assert.equal(await bar.getByRole('progressbar').count(), 1);
  // The page answers while the engine works: the help dialog opens and closes.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.getByRole('dialog', { name: /Keyboard shortcuts/ }).waitFor();
  assert.equal(await bar.isVisible(), true, 'still analysing while the dialog opened');
  await page.keyboard.press('Escape');
  // Done: the article, in parts, the first ones built first, all built in the end.
  await page.locator('article h1', { hasText: 'Harbour Works Annual Review' }).waitFor({ timeout: 60000 });
  await bar.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.analysedIn), 'worker');
  assert.ok((await page.locator('#article .part').count()) > 10, 'in parts');
  await page.waitForFunction(() => !document.querySelector('#article.is-building'), null, { timeout: 60000 });
  assert.equal(await page.locator('#article .part.waiting').count(), 0);
  assert.ok(await page.locator('#article p', { hasText: last }).count() === 1, 'the last line is there');
  // Selecting an entity marks its mentions in every part, and only its mentions, through
  // changes of selection and the renders of parts for other reasons (a class hidden and shown,
  // the focused mention moving).
  const exact = async (why) => {
    const slug = await page.locator('.entity-row.is-selected').getAttribute('data-entity');
    const marked = await page.evaluate(() => [...document.querySelectorAll('#article mark.is-selected')].map((m) => m.dataset.entity));
    const all = await page.locator(`#article mark[data-entity="${slug}"]`).count();
    assert.ok(all > 10, why);
    assert.deepEqual([...new Set(marked)], [slug], `${why}: only the selected entity's marks`);
    assert.equal(marked.length, all, `${why}: all of them`);
  };
  await page.locator('.entity-row').first().click();
  const parts = await page.locator('#article .part:has(mark.is-selected)').count();
  assert.ok(parts > 10, `the selection is marked in every part (${parts})`);
  await exact('the first entity');
  await page.locator('.entity-row').nth(1).click();
  await page.locator('.entity-row.is-selected').nth(0).waitFor();
  await exact('another entity');
  await page.keyboard.press('j');
  await page.locator('.legend-item').first().click();
  await page.locator('.legend-item').first().click();
  await exact('after j and a class hidden and shown');
  await page.locator('.entity-row').first().click();
  await exact('the first again');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Cancel stops the analysis and keeps the article shown; without a worker the page analyses on its own', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const title = await page.locator('article h1').innerText();
  await paste(page, large(2, 'The end.'));
  const bar = page.locator('.analysing');
  await bar.waitFor();
  await bar.getByRole('button', { name: 'Cancel' }).click();
  await bar.waitFor({ state: 'detached' });
  assert.equal(await page.locator('article h1').innerText(), title, 'the sample is still shown');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('article h1').innerText(), title, 'and stays');

  assert.deepEqual(errors, []);
  await page.close();

  // The worker's script cannot be loaded (an offline visit before it was ever kept): the
  // article is analysed on the page instead.
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  await context.route('**/worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  const bare = await context.newPage();
  bare.on('pageerror', (e) => errors.push(e.message));
  await bare.goto(env.url);
  await bare.waitForSelector('#app[data-ready="true"]');
  await paste(bare, large(0.4, 'The end.'));
  await bare.locator('article h1', { hasText: 'Harbour Works Annual Review' }).waitFor({ timeout: 60000 });
  assert.equal(await bare.evaluate(() => document.documentElement.dataset.analysedIn), 'page');
  assert.deepEqual(errors, []);
  await context.close();
});
