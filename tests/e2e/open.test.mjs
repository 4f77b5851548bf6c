// Browser tests of reading another article: Paste, Open (a file chooser) and the messages for
// what cannot be read. The article is a small invented text kept in tests/e2e/fixtures; what
// is expected of it comes from the engine's own analysis of the same text
// (window.sidelight.analyze), so these tests check the app's wiring, not the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, openReader, axeProblems, ROOT } from './support/browser.mjs';

const env = useBrowser();
const FIXTURE = `${ROOT}tests/e2e/fixtures/other-article.txt`;

/** The names of the entities the engine finds in `text`, from inside the page. */
const namesIn = (page, text) => page.evaluate((t) => window.sidelight.analyze(t).entities.map((e) => e.name), text);

test('Paste reads another article: new title, highlights and sidebar; the sample is one click back', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const text = await readFile(FIXTURE, 'utf8');
  const names = await namesIn(page, text);
  assert.ok(names.length >= 3, `the engine finds names in the fixture: ${names.join(', ')}`);

  await page.getByRole('button', { name: 'Paste' }).click();
  const dialog = page.getByRole('dialog', { name: 'Read another article' });
  await dialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'paste-text', 'the text box has focus');
  assert.deepEqual(await axeProblems(page), [], 'the dialog passes axe');
  // Reading nothing says what to do.
  await dialog.getByRole('button', { name: 'Read' }).click();
  await dialog.getByRole('alert').waitFor();
  await page.locator('#paste-text').fill(text);
  await dialog.getByRole('button', { name: 'Read' }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.locator('h1', { hasText: 'Harbor Robotics raises $45 million' }).waitFor();
  assert.match(await page.title(), /^Harbor Robotics raises .* · Sidelight$/);
  const rows = await page.locator('.entity-row .entity-name').allInnerTexts();
  assert.deepEqual(rows.map((r) => r.trim()).sort(), [...names].sort(), 'the sidebar lists the new article\'s entities');
  assert.equal(await page.locator('article mark[data-mention]').count() > 0, true, 'the new article is highlighted');
  assert.equal(await page.locator('article', { hasText: 'Mistral' }).count(), 0, 'the sample article is gone');

  // Back to the sample from the dialog.
  await page.getByRole('button', { name: 'Paste' }).click();
  await dialog.getByRole('button', { name: 'Back to the sample article' }).click();
  await page.locator('article', { hasText: 'Mistral AI' }).first().waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('Escape closes the paste dialog and leaves the article as it was', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.locator('#paste-text').fill('Some text that is never read.');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.locator('article', { hasText: 'Mistral AI' }).first().waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('Open reads a text file and refuses other files with a message saying what to do', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { width: 375, height: 760 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(FIXTURE);
  await page.locator('h1', { hasText: 'Harbor Robotics' }).waitFor();

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await again).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  const alert = page.locator('.open-problem[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Couldn.t open “photo\.png”.*text files, Markdown and web pages.*Paste/s);
  await page.locator('h1', { hasText: 'Harbor Robotics' }).waitFor();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await alert.waitFor({ state: 'detached' });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 375, `the top bar fits a phone (${scrollWidth}px)`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a binary file renamed .txt is refused; old Mac line ends keep their paragraphs', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const bytes = Buffer.alloc(4000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 151 + 17) % 256;
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: bytes });
  const alert = page.locator('.open-problem[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Couldn't read “photo\.txt”: it doesn't look like text/);
  assert.ok((await page.locator('article mark.hl').count()) > 10, 'the article shown stays');

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const text = 'Harbour Works Opens\r\rDana Lee opened the Harbour Works centre in Kestra on Monday.\r\rOrbix said the centre would employ 40 people.';
  await (await again).setFiles({ name: 'classic.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.locator('article h1', { hasText: 'Harbour Works Opens' }).waitFor();
  const para = (t) => page.locator('article p', { hasText: t });
  assert.equal(await para('Dana Lee opened').count(), 1);
  assert.equal(await para('Dana Lee opened').filter({ hasText: 'Orbix said' }).count(), 0, 'two paragraphs, not one block');
  assert.equal(await para('Orbix said').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Latin-1 file and a UTF-16 file are read whole and the page says how; decomposed accents stay in their names', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const open = async (name, buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer });
  };
  const story = 'Société Générale hires Zoë Müller\n\nSociété Générale said on Monday that Zoë Müller would join the bank in Paris.';
  // Latin-1: "é" is one byte, invalid as UTF-8.
  await open('old.txt', Buffer.from(story, 'latin1'));
  await page.locator('article h1', { hasText: 'Société Générale hires Zoë Müller' }).waitFor();
  assert.equal(await page.locator('article', { hasText: '\uFFFD' }).count(), 0, 'no replacement characters');
  assert.match(await page.locator('.notice').innerText(), /“old\.txt” is not in UTF-8: it was read as Windows-1252/);
  // UTF-16 with its byte-order mark.
  await open('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story.replace('hires', 'names'), 'utf16le')]));
  await page.locator('article h1', { hasText: 'Société Générale names Zoë Müller' }).waitFor();
  assert.match(await page.locator('.notice').innerText(), /read as UTF-16/);
  // Decomposed accents (NFD): the names are highlighted whole, accents inside.
  await open('nfd.txt', Buffer.from(story.replace('hires', 'promotes').normalize('NFD')));
  await page.locator('article h1', { hasText: 'promotes' }).waitFor();
  assert.equal(await page.locator('.notice').count(), 0, 'UTF-8 needs no note');
  const marks = (await page.locator('article mark[data-mention]').allInnerTexts()).map((t) => t.normalize('NFC'));
  for (const name of ['Société Générale', 'Zoë Müller']) {
    assert.ok(marks.includes(name), `“${name}” is highlighted whole: ${marks.join(' | ')}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a paste over the size limit is never cut silently: the reader is asked, and the page says so', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  await page.getByRole('button', { name: 'Paste' }).click();
  // An article followed by 9 MB of blank space: over the limit, and quick to analyse once cut.
  await page.evaluate(() => {
    document.querySelector('#paste-text').value = `Harbour Works Opens\n\nDana Lee opened the Harbour Works centre in Kestra on Monday.${' '.repeat(9 << 20)}`;
  });
  const dialog = page.getByRole('dialog', { name: 'Read another article' });
  await dialog.getByRole('button', { name: 'Read', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /The pasted text is 9\.0 MB; Sidelight reads articles of up to 8 MB/);
  assert.ok((await page.locator('article mark.hl').count()) > 10, 'nothing was read yet: the sample stays');
  await dialog.getByRole('button', { name: 'Read the first 8 MB' }).click();
  await page.locator('article h1', { hasText: 'Harbour Works Opens' }).waitFor();
  const notice = page.locator('.notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Only the beginning of the pasted text was read/);
  // Edited after the question: what the box holds then is what is read.
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.evaluate(() => {
    document.querySelector('#paste-text').value = `Harbour Works Opens\n\nDana Lee opened the Harbour Works centre in Kestra on Monday.${' '.repeat(9 << 20)}`;
  });
  await dialog.getByRole('button', { name: 'Read', exact: true }).click();
  await alert.waitFor();
  await page.evaluate(() => {
    const box = document.querySelector('#paste-text');
    box.value = box.value.replace('Harbour Works Opens', 'Harbour Works Closes');
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await dialog.getByRole('button', { name: 'Read the first 8 MB' }).click();
  await page.locator('article h1', { hasText: 'Harbour Works Closes' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
