// Browser tests of web pages brought in: a paste from a browser (the clipboard's text/html)
// and an .html file are read for their article, as a reader mode reads them: the headline is
// the title, the page's headings are headings, menus, share bars, cookie notices, related
// links, comments and footers are left out, nothing of the page runs or becomes markup, and
// the structure is kept with the article in the library. The page is an invented news story
// (tests/e2e/fixtures/news-page.html).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, openReader } from './support/browser.mjs';
import { PAGE, checkArticle, shown } from './support/news-page.mjs';

const env = useBrowser();
/** The reader in a page of its own (its own browser context, so its own library), failing
 *  the test if the page ever opens a dialog. */
async function fresh() {
  const { page, errors } = await openReader(env.browser, env.url);
  page.on('dialog', (d) => { errors.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
  return { page, errors };
}

/** Pastes into the Paste box as a browser does when a page's selection is copied. */
async function pasteHtml(page, html, plain) {
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.locator('#paste-text').focus();
  await page.evaluate(([h, p]) => {
    const data = new DataTransfer();
    data.setData('text/html', h);
    data.setData('text/plain', p);
    document.querySelector('#paste-text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [html, plain]);
}

test('a paste from a web page keeps its article and structure, and leaves out the page around it', async () => {
  const { page, errors } = await fresh();
  const html = await readFile(PAGE, 'utf8');
  await pasteHtml(page, html, 'The Harbour Ledger World Business Sport Subscribe now');
  const box = await page.locator('#paste-text').inputValue();
  assert.ok(box.startsWith('Kestrel Grid buys Solvane for $120 million\n\nBy Mara Quint'), `the box holds the article: ${box.slice(0, 80)}`);
  await page.getByRole('status').filter({ hasText: 'Read as a web page' }).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Read' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await checkArticle(page);

  // The structure is kept with the article: a reload shows the same headings.
  await page.waitForFunction(() => /(^#|&)doc=[a-z0-9-]+/.test(location.hash));
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  await checkArticle(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an .html file is read for its article; a page without a headline gets no title', async () => {
  const { page, errors } = await fresh();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(PAGE);
  await checkArticle(page);

  // A page that is only paragraphs (a wiki-style extract): no 1,000-character title.
  const long = 'Tarsan Bay is a bay on the northern coast of Valoria, known for its fisheries and its lighthouse, which was built in 1871 by the engineer Ada Morrow. '.repeat(6);
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await again).setFiles({ name: 'extract.html', mimeType: 'text/html', buffer: Buffer.from(`<body><p>${long}</p><p>The bay froze in 1963.</p></body>`) });
  await page.locator('article', { hasText: 'The bay froze in 1963.' }).waitFor();
  assert.equal(await page.locator('article h1').count(), 0, 'no title made up from a paragraph');

  // A page with no text at all says so and keeps the article shown.
  const empty = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await empty).setFiles({ name: 'blank.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><nav><a href="/">Home</a></nav><script>window.__pwned=1</script></body></html>') });
  const alert = page.locator('.open-problem[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Couldn't find an article in “blank\.html”/);
  await page.locator('article', { hasText: 'The bay froze in 1963.' }).waitFor();
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Markdown file keeps its title and headings and loses its syntax', async () => {
  const { page, errors } = await fresh();
  const md = [
    '---', 'layout: post', '---',
    '# Kestrel Grid buys *Solvane* for $120 million', '',
    'By Mara Quint', '',
    'Kestrel Grid, the [Halifax](https://example.com/halifax)-based power company, said on **Tuesday** that it',
    'had agreed to buy the battery maker Solvane for $120 million.', '',
    '## What happens next?', '',
    '- Solvane\'s 300 workers keep their jobs.',
    '- The deal needs approval from regulators in Ottawa.', '',
    '<script>window.__pwned = 1</script>',
    '![plant](plant.jpg)',
  ].join('\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles({ name: 'post.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await page.locator('article h1', { hasText: 'Kestrel Grid buys Solvane for $120 million' }).waitFor();
  const s = await shown(page);
  assert.deepEqual(s.headings, ['What happens next?']);
  for (const syntax of ['**', '](', '##', '- Solvane', 'layout: post', 'script', 'plant.jpg']) {
    assert.ok(!s.text.includes(syntax), `no Markdown syntax is shown: “${syntax}”`);
  }
  assert.ok(s.text.includes('the Halifax-based power company, said on Tuesday that it had agreed'), 'a paragraph\'s lines are one paragraph');
  assert.equal(s.pwned, null);
  assert.equal(s.images, 0);
  assert.deepEqual(errors, []);
  await page.close();
});
