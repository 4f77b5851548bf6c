// Browser tests of the library: an article read on the reader's own page is kept in the
// browser (IndexedDB), so a reload, an offline visit or a link brings it back with its
// selection; the Library dialog lists, opens and deletes kept articles; a link to an article
// this browser doesn't keep says so and shows the sample. The article is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './support/browser.mjs';

const env = useBrowser();

const TEXT = [
  'Harbour Works Opens in Kestra',
  'Dana Lee opened the Harbour Works centre in Kestra on Monday.',
  'She joined Orbix in 2019 and now runs its shipping software unit.',
  'Orbix said the centre would employ 40 people by the end of the year.',
].join('\n\n');

/** A fresh browser profile (its own IndexedDB) with the reader open and ready. */
async function fresh(url = env.url) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="true"]');
  return { context, page, errors };
}

async function paste(page, text) {
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.locator('#paste-text').fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Read' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

const docId = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('doc'));

test('a pasted article survives a reload, with its selection, and an offline visit', async () => {
  const { context, page, errors } = await fresh();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await paste(page, TEXT);
  await page.locator('h1', { hasText: 'Harbour Works Opens in Kestra' }).waitFor();
  // Once kept, the address names it.
  await page.waitForFunction(() => /(^#|&)doc=[a-z0-9-]+/.test(location.hash));
  const id = await docId(page);
  await page.locator('article mark.hl', { hasText: 'Dana Lee' }).first().click();
  await page.waitForFunction(() => location.hash.includes('entity='));
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, new RegExp(`doc=${id}`), 'the selection keeps the article in the link');

  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  await page.locator('h1', { hasText: 'Harbour Works Opens in Kestra' }).waitFor();
  await page.locator('.selection .sel-name', { hasText: 'Dana Lee' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), hash, 'the address is unchanged');

  // Offline, the same link opens the same article.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  await page.locator('h1', { hasText: 'Harbour Works Opens in Kestra' }).waitFor();
  assert.ok((await page.locator('article mark.hl').count()) >= 4, 'highlighted offline');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Library lists kept articles newest first, opens and deletes them', async () => {
  const { context, page, errors } = await fresh();
  await paste(page, TEXT);
  await page.waitForFunction(() => location.hash.includes('doc='));
  const first = await docId(page);
  const second = TEXT.replace('Harbour Works Opens in Kestra', 'Orbix Hires in Kestra');
  await paste(page, second);
  await page.locator('h1', { hasText: 'Orbix Hires in Kestra' }).waitFor();
  await page.waitForFunction((old) => /doc=/.test(location.hash) && !location.hash.includes(`doc=${old}`), first);
  const secondId = await docId(page);

  await page.getByRole('button', { name: 'Library' }).click();
  const dialog = page.getByRole('dialog', { name: 'Library' });
  await dialog.locator('.library-list li[data-id]').first().waitFor();
  const titles = await dialog.locator('.library-open').allInnerTexts();
  assert.equal(titles.length, 3, `the sample and two articles: ${titles}`);
  assert.equal(titles[1], 'Orbix Hires in Kestra', 'newest first');
  assert.equal(titles[2], 'Harbour Works Opens in Kestra');
  assert.match(await dialog.locator('.library-list li.is-current').innerText(), /Orbix Hires/);

  // Open the older one.
  await dialog.getByRole('button', { name: 'Harbour Works Opens in Kestra', exact: true }).click();
  await page.locator('h1', { hasText: 'Harbour Works Opens in Kestra' }).waitFor();

  // Rename: the new name is kept (tidied); Escape in the box cancels without closing the Library.
  await page.getByRole('button', { name: 'Library' }).click();
  await dialog.getByRole('button', { name: 'Rename “Orbix Hires in Kestra”' }).click();
  const box = dialog.getByRole('textbox', { name: 'New name for “Orbix Hires in Kestra”' });
  await box.press('Escape');
  await box.waitFor({ state: 'detached' });
  assert.equal(await dialog.count(), 1, 'the Library is still open');
  await dialog.getByRole('button', { name: 'Rename “Orbix Hires in Kestra”' }).click();
  await box.fill('  Orbix   story ');
  await box.press('Enter');
  await dialog.getByRole('button', { name: 'Orbix story', exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // A link edited to name another kept article opens it, with the selection it names.
  await page.evaluate((id) => { location.hash = `doc=${id}&entity=dana-lee`; }, secondId);
  await page.locator('h1', { hasText: 'Orbix Hires in Kestra' }).waitFor();
  await page.locator('.selection .sel-name', { hasText: 'Dana Lee' }).waitFor();

  // Reading the same text again does not keep a copy.
  await paste(page, TEXT);
  await page.getByRole('button', { name: 'Library' }).click();
  await dialog.locator('.library-list li[data-id]').first().waitFor();
  assert.equal(await dialog.locator('.library-list li[data-id]').count(), 2, 'no duplicate');

  // Delete the one on the page: the sample takes its place.
  await dialog.getByRole('button', { name: 'Delete “Harbour Works Opens in Kestra”' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.library-list li[data-id]').length === 1);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => !location.hash.includes('doc='));
  await page.waitForFunction(() => document.querySelector('article h1')?.innerText.trim() === window.sidelight.seed.split('\n')[0].trim());

  // Delete all asks twice.
  await page.getByRole('button', { name: 'Library' }).click();
  await dialog.locator('.library-list li[data-id]').first().waitFor();
  await dialog.getByRole('button', { name: 'Delete all' }).click();
  await dialog.getByRole('button', { name: 'Really delete all 1?' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.library-list li[data-id]').length === 0);
  assert.match(await dialog.innerText(), /kept here, in this browser only/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Library lists long kept articles without reading their text into the page, and opens one whole', async () => {
  const { context, page, errors } = await fresh();
  // The Library, opened once, makes the reader's database; then two kept articles of 4 MB
  // each go in, stored as the reader stores them.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('dialog', { name: 'Library' }).locator('.library-status').waitFor();
  await page.keyboard.press('Escape');
  await page.evaluate(async (text) => {
    const body = (text.split('\n\n').slice(1).join('\n\n') + '\n\n').repeat(Math.ceil(4e6 / text.length));
    const db = await new Promise((ok, fail) => { const r = indexedDB.open('sidelight'); r.onsuccess = () => ok(r.result); r.onerror = fail; });
    const tx = db.transaction('articles', 'readwrite');
    for (const [id, title, added] of [['big-one', 'Long Report One', 1], ['big-two', 'Long Report Two', 2]])
      tx.objectStore('articles').put({ id, title, text: `${title}\n\n${body}`, added });
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
  }, TEXT);
  // The sample page, anew: its WebAssembly memory is the sample's.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.testWasm = e.detail.wasm; }));
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  const wasmMb = () => page.evaluate(() => window.testWasm.memory.buffer.byteLength / 2 ** 20);
  const before = await wasmMb();
  await page.getByRole('button', { name: 'Library' }).click();
  const dialog = page.getByRole('dialog', { name: 'Library' });
  await dialog.getByRole('button', { name: 'Long Report Two', exact: true }).waitFor();
  assert.deepEqual((await dialog.locator('.library-open').allInnerTexts()).slice(1), ['Long Report Two', 'Long Report One']);
  const listed = await wasmMb();
  assert.ok(listed - before < 2, `listing 8 MB of kept articles grew the WebAssembly memory by ${(listed - before).toFixed(1)} MB`);
  // Opened, the article comes whole.
  await dialog.getByRole('button', { name: 'Long Report One', exact: true }).click();
  await page.locator('h1', { hasText: 'Long Report One' }).waitFor({ timeout: 60000 });
  assert.ok(await wasmMb() - before > 4, 'the opened article is in the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to an article this browser does not keep says so and shows the sample', async () => {
  const { context, page, errors } = await fresh(`${env.url}#doc=nothere-1&entity=dana-lee`);
  const notice = page.locator('.notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /isn't in this browser's library/);
  assert.ok((await page.locator('article mark.hl').count()) > 10, 'the sample article is shown');
  assert.doesNotMatch(await page.evaluate(() => location.hash), /doc=/, 'the link no longer names it');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

/** Clicks an export button and returns the downloaded file's name and text. */
async function exported(page, button) {
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Library' }).getByRole('button', { name: button }).click();
  const d = await download;
  const { readFile } = await import('node:fs/promises');
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
}

/** A CSV parser for the tests (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') {}
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the article on the page exports as JSON (the evaluation format), as W3C Web Annotations and as CSV of entities and facts', async () => {
  const { context, page, errors } = await fresh();
  await paste(page, TEXT);
  await page.locator('h1', { hasText: 'Harbour Works Opens in Kestra' }).waitFor();
  const analysis = await page.evaluate((t) => window.sidelight.analyze(t), TEXT);
  await page.getByRole('button', { name: 'Library' }).click();

  const json = await exported(page, 'Analysis (JSON)');
  assert.equal(json.name, 'harbour-works-opens-in-kestra.sidelight.json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.text, TEXT);
  assert.equal(doc.entities.length, analysis.entities.length);
  assert.equal(doc.relations.length, analysis.relations.length);
  // Offsets count code points, as the evaluation format says: every mention's text is there.
  for (const e of doc.entities) {
    for (const m of e.mentions) assert.equal([...TEXT].slice(m.start, m.end).join(''), m.text);
  }

  // W3C Web Annotations: the model's required fields, quote and position selectors that agree
  // with the text (positions in code points), and one linking annotation per fact.
  const anno = await exported(page, 'Web Annotations (JSON-LD)');
  assert.equal(anno.name, 'harbour-works-opens-in-kestra.annotations.jsonld');
  const c = JSON.parse(anno.text);
  assert.equal(c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(c.type, 'AnnotationCollection');
  const items = c.first.items;
  assert.equal(items.length, analysis.mentions.length + analysis.relations.length);
  const chars = [...TEXT];
  for (const a of items) {
    assert.ok(typeof a.id === 'string' && a.id.length > 0, 'an id');
    assert.equal(a.type, 'Annotation');
    assert.ok(Array.isArray(a.target) && a.target.length > 0, 'a target');
    const span = a.target.at(-1);
    const quote = span.selector.find((s) => s.type === 'TextQuoteSelector');
    const pos = span.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(chars.slice(pos.start, pos.end).join(''), quote.exact);
    assert.ok(chars.slice(0, pos.start).join('').endsWith(quote.prefix));
    assert.ok(chars.slice(pos.end).join('').startsWith(quote.suffix));
  }
  const ids = new Set(items.map((a) => a.id));
  const links = items.filter((a) => a.motivation === 'linking');
  assert.equal(links.length, analysis.relations.length);
  assert.ok(links.every((l) => ids.has(l.target[0]) && ids.has(l.target[1])), 'facts link mention annotations');
  assert.ok(items.some((a) => a.motivation === 'tagging' && a.body.some((b) => b.value === 'Dana Lee')));

  const entities = parseCsv((await exported(page, 'Entities (CSV)')).text);
  assert.deepEqual(entities[0], ['name', 'type', 'mentions', 'also_called']);
  assert.equal(entities.length - 1, analysis.entities.length);
  assert.ok(entities.some((r) => r[0] === 'Dana Lee' && r[1] === 'PERSON'), JSON.stringify(entities));

  const facts = await exported(page, 'Facts (CSV)');
  assert.equal(facts.name, 'harbour-works-opens-in-kestra.facts.csv');
  const rows = parseCsv(facts.text);
  assert.deepEqual(rows[0], ['subject', 'relation', 'phrase', 'object', 'confidence', 'evidence']);
  assert.equal(rows.length - 1, analysis.relations.length);
  assert.ok(rows.length > 1, 'the article states facts');
  assert.ok(rows.slice(1).every((r) => r.length === 6 && TEXT.replace(/\s+/g, ' ').includes(r[5])), 'each fact with its sentence');
  assert.deepEqual(errors, []);
  await context.close();
});

test('“Save a copy” makes one HTML file that opens from disk with no network: highlighted with JavaScript off, the full reader with it on, corrections included', async () => {
  const { context, page, errors } = await fresh();
  await paste(page, TEXT);
  await page.locator('h1', { hasText: 'Harbour Works Opens in Kestra' }).waitFor();
  // A correction, which the copy must carry: Kestra is not a name here.
  const kestra = page.locator('.entity-row', { hasText: 'Kestra' });
  await kestra.click();
  await page.getByRole('button', { name: 'Not a name' }).click();
  await kestra.waitFor({ state: 'detached' });
  const shown = await page.locator('article mark[data-mention]').count();
  await page.getByRole('button', { name: 'Library' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Library' }).getByRole('button', { name: 'Save a copy (HTML)' }).click();
  const d = await download;
  assert.equal(d.suggestedFilename(), 'harbour-works-opens-in-kestra.html');
  const status = page.locator('.save-status');
  await page.waitForFunction(() => /^Saved a copy/.test(document.querySelector('.save-status')?.textContent ?? ''));
  assert.match(await status.innerText(), /^Saved a copy \(\d\.\d MB\)/);
  const { mkdtemp, copyFile, stat } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(`${tmpdir()}/sidelight-copy-`);
  const file = `${dir}/${d.suggestedFilename()}`;
  await copyFile(await d.path(), file);
  assert.ok((await stat(file)).size < 4e6, 'a few megabytes at most');
  assert.deepEqual(errors, []);
  await context.close();

  // Another machine: no network at all, the file opened from disk.
  for (const javaScriptEnabled of [false, true]) {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
    await ctx.setOffline(true);
    const copy = await ctx.newPage();
    copy.setDefaultTimeout(8000);
    const problems = [];
    copy.on('pageerror', (e) => problems.push(e.message));
    copy.on('request', (r) => !/^(file|data):/.test(r.url()) && problems.push(`requested ${r.url()}`));
    await copy.goto(`file://${file}`);
    if (!javaScriptEnabled) {
      // Pre-rendered: the article highlighted, its facts listed, the correction applied.
      assert.equal(await copy.locator('h1', { hasText: 'Harbour Works Opens in Kestra' }).count(), 1);
      assert.equal(await copy.locator('.sidelight-render article mark.hl').count(), shown);
      assert.equal(await copy.locator('mark.hl', { hasText: 'Kestra' }).count(), 0, 'the correction holds');
      assert.ok((await copy.locator('.sidelight-render .facts li').count()) >= 1, 'facts listed');
    } else {
      // The reader itself, on the copy's article, without analysing it again.
      await copy.waitForSelector('#app[data-ready="true"]');
      assert.equal(await copy.locator('.sidelight-render').count(), 0, 'the reader takes the pre-rendered markup\'s place');
      assert.equal(await copy.locator('article mark[data-mention]').count(), shown);
      assert.equal(await copy.locator('.entity-row', { hasText: 'Kestra' }).count(), 0, 'the correction holds');
      await copy.locator('.entity-row', { hasText: 'Dana Lee' }).click();
      await copy.locator('article mark.is-selected', { hasText: 'Dana Lee' }).first().waitFor();
    }
    assert.deepEqual(problems, []);
    await ctx.close();
  }
});
