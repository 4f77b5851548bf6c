// Browser tests of references: where the article names someone only by "she" or "the
// company", the reader says so. The selected entity and its card count those references, a
// fact stated with one quotes it emphasized, and a fact whose sentence names neither side is
// still a link to that sentence. The text is invented; the references expected come from the
// engine's own analysis in the page, so the model may change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openReader } from './support/browser.mjs';

const env = useBrowser();

const TEXT = [
  'Dana Lee is an engineer from Oslo who spent a decade building payment systems.',
  'She joined Orbix in 2019 as its chief technology officer.',
  'Orbix makes software for shipping companies and employs 300 people.',
].join('\n\n');

/** Opens the reader and reads `text` through Paste. */
async function readText(page, text) {
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.locator('#paste-text').fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Read' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** The engine's references and relations for `text`, by name and text. */
const analysis = (page, text) =>
  page.evaluate((t) => {
    const a = window.sidelight.analyze(t);
    const bytes = new TextEncoder().encode(t);
    const slice = (s) => new TextDecoder().decode(bytes.slice(s.start, s.end));
    const name = (id) => a.entities.find((e) => e.id === id).name;
    return {
      references: a.references.map((r) => ({ entity: name(r.entity), text: slice(r.span) })),
      relations: a.relations.map((r, index) => ({ index, type: r.type, head: name(r.head), tail: name(r.tail), evidence: slice(r.evidence) })),
    };
  }, text);

test('a person named once and then called "she" is known by both', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { width: 1280, height: 900 });
  await readText(page, TEXT);
  await page.locator('article p', { hasText: 'She joined Orbix' }).waitFor();
  const a = await analysis(page, TEXT);
  assert.ok(
    a.references.some((r) => r.entity === 'Dana Lee' && r.text === 'She'),
    `the engine reads "She" as Dana Lee (references: ${JSON.stringify(a.references)})`,
  );

  // Selecting her says how else the article refers to her.
  await page.locator('article mark.hl', { hasText: 'Dana Lee' }).first().click();
  await page.locator('.selection .sel-refs').waitFor();
  assert.match(await page.locator('.selection .sel-refs').innerText(), /^Referred to (once more|\d+ more times) \(.*“she”.*\)$/);

  // The fact "she joined Orbix" is hers, and its quote emphasizes "She".
  const joined = a.relations.find((r) => r.type === 'EMPLOYED_BY' && r.head === 'Dana Lee' && r.tail === 'Orbix');
  assert.ok(joined, `the engine found Dana Lee works for Orbix (found: ${JSON.stringify(a.relations)})`);
  assert.match(joined.evidence, /^She joined Orbix/);
  await page.getByRole('tab', { name: /^Facts/ }).click();
  const row = page.locator(`.facts .fact[data-fact="${joined.index}"]`);
  assert.deepEqual(await row.locator('.fact-evidence strong').allInnerTexts(), ['She', 'Orbix'], 'the reference and the name are emphasized');

  // Showing it marks the sentence that names her only as "She".
  await row.locator('.fact-evidence').click();
  await page.waitForFunction(() => document.querySelector('#article .evidence')?.innerText.trim().startsWith('She joined Orbix'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a mention card counts the references too', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { width: 1280, height: 900 });
  await readText(page, TEXT);
  await page.locator('article p', { hasText: 'She joined Orbix' }).waitFor();
  // Hovering a mark opens its card.
  await page.locator('article mark.hl', { hasText: 'Dana Lee' }).first().hover();
  const card = page.locator('.card .card-refs');
  await card.waitFor();
  assert.match(await card.innerText(), /“she”/);
  assert.deepEqual(errors, []);
  await page.close();
});
