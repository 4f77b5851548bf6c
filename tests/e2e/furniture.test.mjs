// Browser tests of a page's furniture in the reader: byline, dateline, caption and credit,
// pull-quote attribution, related link, correction and topics each shown as a reader mode
// shows them, every mention still highlighted, and no serious accessibility problem in light
// or dark. The article is invented (tests/e2e/fixtures/furniture-article.txt); what is expected
// of its names comes from the engine's own analysis in the page, so the model may change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, openReader, axeProblems, ROOT } from './support/browser.mjs';

const env = useBrowser();
const FIXTURE = `${ROOT}tests/e2e/fixtures/furniture-article.txt`;

/** Opens the reader and reads `text` through Paste. */
async function readText(page, text) {
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.locator('#paste-text').fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Read' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

for (const colorScheme of ['light', 'dark']) {
  test(`furniture reads as furniture, ${colorScheme}`, async () => {
    const { page, errors } = await openReader(env.browser, env.url, { width: 1280, height: 1000, colorScheme });
    const text = await readFile(FIXTURE, 'utf8');
    await readText(page, text);
    await page.locator('h1', { hasText: 'Floods Cut Off Thousands' }).waitFor();

    // The bylines sit in the header, between the title and the meta line.
    const head = await page.locator('header.article-head').evaluate((h) => [...h.children].map((c) => c.className || c.tagName));
    assert.deepEqual(head, ['title', 'byline', 'byline', 'meta']);
    assert.equal(await page.locator('article .dateline').innerText(), 'KESTRA, Valoria (HPA) —');
    assert.equal(await page.locator('p.caption .caption-credit').innerText(), 'Photo: Pavel Ristic/Northline Images');
    assert.match(await page.locator('p.caption').innerText(), /^A man carries a child/);
    assert.equal(await page.locator('p.note').count(), 2, 'the attribution and the correction');
    assert.equal(await page.locator('p.note .note-label').innerText(), 'Correction, 6 March 2025:');
    assert.deepEqual(await page.locator('.tags li').allInnerTexts(), ['Valoria', 'Floods', 'Humanitarian aid']);
    assert.equal(await page.locator('aside.related li').innerText(), "Valoria's dams were not built for this, engineers warn");
    assert.match(await page.locator('article p.byline').last().innerText(), /^Reporting by/);

    // Every mention is highlighted, inside the furniture too.
    const mentions = await page.evaluate((t) => window.sidelight.analyze(t).mentions.length, text);
    assert.equal(await page.locator('article mark.hl').count(), mentions, 'one mark per mention');
    assert.ok(await page.locator('p.caption .caption-credit mark.hl').count() >= 1, 'the credit names someone');

    await page.screenshot({ path: `${env.dir}/furniture-1280-${colorScheme}.png`, fullPage: true });
    assert.deepEqual(await axeProblems(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a text whose first line is body text has no title', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const first = 'Kestra is a town in northern Valoria on the river Dorn, known for its bridges, its market and the floods that reach its old quarter every few years, most recently in March 2025.';
  await readText(page, `${first}\nThe town council meets in the old customs house.`);
  await page.locator('article p', { hasText: 'Kestra is a town' }).waitFor();
  assert.equal(await page.locator('article h1').count(), 0, 'no title');
  assert.equal(await page.title(), 'Sidelight', 'the tab shows the app name');
  assert.equal(await page.locator('article > .meta').count(), 1, 'the meta line opens the article');
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});
