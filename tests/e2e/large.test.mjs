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

/** Pastes `text` into the open dialog's box as the browser does: a paste event carrying it. */
async function pasteEvent(page, text) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const area = document.querySelector('#paste-text');
    area.focus();
    if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) area.value = t;
  }, text);
}

test('a paste of megabytes stays out of the text box: the dialog shows its size and beginning, Read reads all of it', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const last = 'The last line of the pasted review names Kestra Harbour Authority.';
  const text = large(1.2, last);
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Read another article' });
  // A short paste goes into the box as usual.
  await pasteEvent(page, 'Harbour Works Opens');
  assert.equal(await page.locator('#paste-text').inputValue(), 'Harbour Works Opens');
  await page.locator('#paste-text').fill('');
  await pasteEvent(page, text);
  const held = dialog.locator('.paste-held');
  await held.waitFor();
  assert.equal(await page.locator('#paste-text').count(), 0, 'no box of megabytes');
  const chars = text.length.toLocaleString('en-US');
  assert.match(await held.innerText(), new RegExp(`Pasted: ${chars} characters`));
  assert.match(await held.innerText(), /It begins: .?Harbour Works Annual Review \/ /);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Read', 'focus moves to Read');
  // Clear gives the empty box back, with focus; a second paste is held again.
  await dialog.getByRole('button', { name: /^Clear/ }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'paste-text');
  assert.equal(await page.locator('#paste-text').inputValue(), '');
  await pasteEvent(page, text);
  await held.waitFor();
  await dialog.getByRole('button', { name: 'Read', exact: true }).click();
  await page.locator('article h1', { hasText: 'Harbour Works Annual Review' }).waitFor({ timeout: 60000 });
  await page.waitForFunction((l) => document.querySelector('#article')?.textContent.includes(l), last, { timeout: 60000 });
  // Over the limit, the held paste is asked about too, and its beginning is read.
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  await pasteEvent(page, `Harbour Works Closes\n\nDana Lee closed the Harbour Works centre in Kestra on Monday.${' '.repeat(9 << 20)}`);
  await held.waitFor();
  await dialog.getByRole('button', { name: 'Read', exact: true }).click();
  await dialog.getByRole('alert').waitFor();
  assert.match(await dialog.getByRole('alert').innerText(), /The pasted text is 9\.0 MB/);
  await dialog.getByRole('button', { name: 'Read the first 8 MB' }).click();
  await page.locator('article h1', { hasText: 'Harbour Works Closes' }).waitFor();
  assert.match(await page.locator('.notice').innerText(), /Only the beginning of the pasted text was read/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a large article is analysed off the main thread with its progress, then shown in parts, highlighted near the screen', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.testWasm = e.detail.wasm; }));
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  const wasmMb = () => page.evaluate(() => window.testWasm.memory.buffer.byteLength / 2 ** 20);
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
  // Done: the article, in parts: the first ones with their highlights, the others with their
  // text alone (soon all of it, the last line too), each getting its highlights when it comes
  // near the screen.
  await page.locator('article h1', { hasText: 'Harbour Works Annual Review' }).waitFor({ timeout: 60000 });
  await bar.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.analysedIn), 'worker');
  assert.ok((await page.locator('#article .part').count()) > 10, 'in parts');
  const shown = await wasmMb();
  await page.waitForFunction(() => !document.querySelector('#article .part.empty'), null, { timeout: 60000 });
  // The parts' text is the page's own: laying it in costs the WebAssembly memory (which
  // never shrinks) next to nothing, where a virtual node per block cost megabytes.
  const laid = await wasmMb();
  assert.ok(laid - shown < 1, `laying the text in grew the WebAssembly memory by ${(laid - shown).toFixed(1)} MB`);
  assert.ok(await page.locator('#article p', { hasText: last }).count() === 1, 'the last line is there');
  assert.ok((await page.locator('#article .part.waiting').count()) > 5, 'the later parts wait for the screen');
  assert.equal(await page.locator('#article .part.waiting mark').count(), 0, 'with their text alone');
  assert.ok((await page.locator('#article .part:not(.waiting) mark').count()) > 100, 'the first parts are highlighted');
  // Find in the article sees the parts not highlighted yet, and keeps its place when the part
  // of the match it goes to gets its highlights.
  await page.locator('#entity-search').fill('once more');
  await page.waitForFunction(() => document.querySelector('.find-count')?.textContent === '1 in the article');
  await page.locator('#entity-search').press('Enter');
  await page.waitForFunction(() => document.querySelector('.find-count')?.textContent === '1 of 1 in the article');
  await page.waitForFunction(() => !document.querySelector('#article .part:last-child').classList.contains('waiting'));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.find-count').textContent(), '1 of 1 in the article');
  assert.equal(await page.evaluate(() => [...CSS.highlights.get('sidelight-find-current')][0]?.toString()), 'once more');
  await page.locator('#entity-search').fill('');
  await page.evaluate(() => window.scrollTo(0, 0));
  // Selecting an entity marks its mentions, and only its mentions, through changes of
  // selection, parts built later, and the renders of parts for other reasons (a class hidden
  // and shown, the focused mention moving).
  const exact = async (why) => {
    const slug = await page.locator('.entity-row.is-selected').getAttribute('data-entity');
    const marked = await page.evaluate(() => [...document.querySelectorAll('#article mark.is-selected')].map((m) => m.dataset.entity));
    const all = await page.locator(`#article mark[data-entity="${slug}"]`).count();
    assert.ok(all > 10, why);
    assert.deepEqual([...new Set(marked)], [slug], `${why}: only the selected entity's marks`);
    assert.equal(marked.length, all, `${why}: all of them`);
  };
  await page.locator('.entity-row').first().click();
  await exact('the first entity');
  // A part in the middle comes into view: it gets its highlights, the selection's among them.
  const slug = await page.locator('.entity-row.is-selected').getAttribute('data-entity');
  const n = await page.locator('#article .part').count();
  const middle = page.locator('#article .part').nth(Math.floor(n / 2));
  assert.equal(await middle.getAttribute('class'), 'part waiting');
  await middle.locator('p').first().scrollIntoViewIfNeeded();
  await page.waitForFunction((k) => !document.querySelectorAll('#article .part')[k].classList.contains('waiting'), Math.floor(n / 2));
  assert.ok((await middle.locator('mark').count()) > 10, 'the part is highlighted');
  assert.ok((await middle.locator(`mark.is-selected[data-entity="${slug}"]`).count()) > 0, 'with the selection');
  await exact('after a part was built');
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
