// Browser tests of corrections: the selected entity's type changed and an entity removed from
// the sidebar's selection card, a fact removed from the Facts tab; each is undone, each is
// kept with the article (a reload finds it corrected), and a corrected entity is marked;
// selected words marked as a name.
// Names come from the page's own analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openReader, pageAnalysis, axeProblems } from './support/browser.mjs';

const env = useBrowser();

const rowOf = (page, slug) => page.locator(`.entity-row[data-entity="${slug}"]`);
const line = (page) => page.locator('.corrections-line');

/** Selects the first occurrence of `word` in the article as a reader would (with the mouse:
 *  then the mouseup that ends the drag; with a long press: the selection alone). */
async function selectWord(page, word, { mouseup }) {
  await page.evaluate(([w, mouseup]) => {
    const walker = document.createTreeWalker(document.querySelector('#article'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(w);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        if (mouseup) n.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }
    throw new Error('word not found');
  }, [word, mouseup]);
}

test('changing an entity\'s type moves it and its highlights; kept over a reload; Undo takes it back', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = analysis.entities.find((x) => x.type === 'ORG' && x.count >= 2);
  await rowOf(page, e.slug).click();
  await page.locator('#sel-fix-type').selectOption('PERSON');
  await line(page).waitFor();
  assert.match(await line(page).innerText(), new RegExp(`1 correction: ${e.name} is a person`));
  // It is now a person: its row in the People group, its highlights in the people's colour.
  await page.locator(`.group-person .entity-row[data-entity="${e.slug}"]`).waitFor();
  assert.equal(await page.locator(`article mark[data-entity="${e.slug}"].hl-person`).count(), e.count);
  assert.equal(await rowOf(page, e.slug).locator('.corrected-mark').count(), 1, 'marked as corrected');
  assert.equal(await rowOf(page, e.slug).getAttribute('aria-pressed'), 'true', 'still selected');
  assert.deepEqual(await axeProblems(page, { within: '#sidebar' }), []);
  // Kept with the article: the reload (a #doc= link now) shows it corrected.
  await page.waitForFunction(() => location.hash.includes('doc='));
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator(`.group-person .entity-row[data-entity="${e.slug}"]`).waitFor();
  await line(page).waitFor();
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await page.locator(`.group-organization .entity-row[data-entity="${e.slug}"]`).waitFor();
  assert.equal(await line(page).count(), 0);
  assert.equal(await page.locator(`article mark[data-entity="${e.slug}"].hl-organization`).count(), e.count);
  // The undo is kept too.
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator(`.group-organization .entity-row[data-entity="${e.slug}"]`).waitFor();
  assert.equal(await line(page).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('“Not a name” removes an entity with its highlights and facts; Undo brings them back', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = analysis.entities.find((x) => x.count >= 2);
  const marks = await page.locator('article mark[data-mention]').count();
  await rowOf(page, e.slug).click();
  await page.getByRole('button', { name: 'Not a name' }).click();
  await rowOf(page, e.slug).waitFor({ state: 'detached' });
  assert.equal(await page.locator(`article mark[data-entity="${e.slug}"]`).count(), 0);
  assert.equal(await page.locator('article mark[data-mention]').count(), marks - e.count);
  assert.match(await line(page).innerText(), new RegExp(`${e.name} is not a name`));
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await rowOf(page, e.slug).waitFor();
  assert.equal(await page.locator('article mark[data-mention]').count(), marks);
  assert.deepEqual(errors, []);
  await page.close();
});

test('“Not a fact” removes one fact from the Facts tab; Undo brings it back', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#view=facts' });
  const facts = page.locator('.facts .fact');
  const before = await facts.count();
  // A fact of one amount (an amount in two forms is tested with the Facts panel).
  const first = facts.filter({ hasNot: page.locator('.fact-other-form') }).first();
  const label = await first.locator('.fact-remove').getAttribute('aria-label');
  await first.locator('.fact-remove').click();
  await page.waitForFunction((n) => document.querySelectorAll('.facts .fact').length === n - 1, before);
  assert.equal(await page.locator(`.fact-remove[aria-label="${label}"]`).count(), 0, 'that fact is gone');
  assert.match(await line(page).innerText(), /1 correction: not a fact:/);
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.facts .fact').length === n, before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('selected words are marked as a name of a chosen type, kept over a reload, and undone', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  // Select "chatbots", which the engine does not highlight, as a reader would with the mouse.
  const word = 'chatbots';
  assert.equal(await page.locator('article mark', { hasText: word }).count(), 0);
  await selectWord(page, word, { mouseup: true });
  const offer = page.getByRole('group', { name: `Mark “${word}” as a name` });
  await offer.waitFor();
  assert.deepEqual(await axeProblems(page, { within: '.mark-offer', every: true }), []);
  await offer.locator('select').selectOption('PRODUCT');
  await offer.getByRole('button', { name: 'Mark' }).click();
  await page.locator('article mark[data-label="PRODUCT"]', { hasText: word }).waitFor();
  assert.equal(await page.locator(`article mark[data-label="PRODUCT"]`, { hasText: word }).count(), 1);
  assert.match(await line(page).innerText(), /1 correction: chatbots is a product/);
  await page.locator(`.entity-row[data-entity="chatbots"]`).waitFor();
  await page.waitForFunction(() => location.hash.includes('doc='));
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator('article mark[data-label="PRODUCT"]', { hasText: word }).waitFor();
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await page.locator('article mark', { hasText: word }).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('“Same as” merges two entities into one with every mention; “Not a name here” removes one highlight', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const orgs = analysis.entities.filter((x) => x.type === 'ORG');
  const [a, b] = [orgs[orgs.length - 1], orgs[0]];
  await rowOf(page, a.slug).click();
  await page.locator('#sel-fix-merge').selectOption({ label: b.name });
  await rowOf(page, a.slug).waitFor({ state: 'detached' });
  assert.equal(await rowOf(page, b.slug).locator('.entity-count').innerText(), String(a.count + b.count));
  assert.match(await line(page).innerText(), new RegExp(`${a.name} is ${b.name}`));
  assert.equal(await page.locator(`article mark[data-entity="${b.slug}"]`).count(), a.count + b.count);

  // One highlight of the merged entity is not a name after all.
  await page.locator(`article mark[data-entity="${b.slug}"]`).nth(1).hover();
  const card = page.locator('.card');
  await card.waitFor();
  await card.getByRole('button', { name: 'Not a name here' }).click();
  await page.waitForFunction(([slug, n]) => document.querySelectorAll(`article mark[data-entity="${slug}"]`).length === n, [b.slug, a.count + b.count - 1]);
  assert.match(await line(page).innerText(), /2 corrections: not a name here:/);
  // Undo twice: as the engine read it.
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await rowOf(page, a.slug).waitFor();
  assert.equal(await page.locator(`article mark[data-entity="${b.slug}"]`).count(), b.count);
  assert.deepEqual(errors, []);
  await page.close();
});

test('“Add a fact” states a fact the engine missed, with the sentence that says it; Undo takes it back', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  // Two organizations named in one sentence, with no "partners with" fact between them.
  const pick = await page.evaluate(() => {
    const a = window.sidelight.analyze(window.sidelight.seed);
    const inside = (s, m) => s.start <= m.span.start && m.span.end <= s.end;
    const named = (s, e) => e.mentions.some((k) => inside(s, a.mentions[k]));
    const orgs = a.entities.filter((e) => e.type === 'ORG');
    for (const p of orgs) {
      for (const o of orgs) {
        if (p === o || a.relations.some((r) => r.type === 'PARTNER_OF' && [r.head, r.tail].includes(p.id) && [r.head, r.tail].includes(o.id))) continue;
        if (a.sentences.some((s) => named(s, p) && named(s, o))) return { head: p.name, slug: p.slug, tail: o.name };
      }
    }
    return null;
  });
  assert.ok(pick, 'the sample has such a pair');
  await rowOf(page, pick.slug).click();
  const form = page.locator('.add-fact');
  await form.locator('summary').click();
  assert.equal(await form.getByRole('button', { name: 'Add the fact' }).isDisabled(), true, 'nothing to add yet');
  await form.locator('#add-fact-way').selectOption({ label: 'partners with …' });
  await form.locator('#add-fact-other').selectOption({ label: pick.tail });
  // The sentences offered are those that name both.
  const offered = await form.locator('#add-fact-sentence option').allInnerTexts();
  assert.ok(offered.length >= 1);
  assert.equal(await form.locator('.add-fact-preview').innerText(), `${pick.head} partners with ${pick.tail}.`);
  assert.deepEqual(await axeProblems(page, { within: '.add-fact' }), []);
  await form.getByRole('button', { name: 'Add the fact' }).click();
  await line(page).waitFor();
  assert.equal(await line(page).locator('span').first().innerText(), `1 correction: a fact: ${pick.head} partners with ${pick.tail}`);
  // In the Facts tab, with its sentence.
  await page.getByRole('tab', { name: /Facts/ }).click();
  const fact = page.locator('.facts .fact', { hasText: pick.head }).filter({ hasText: pick.tail }).filter({ hasText: 'partners with' });
  await fact.first().waitFor();
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await fact.first().waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('corrections export as a sidecar file and import back; a correction at fault is named and the rest apply', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = analysis.entities.find((x) => x.type === 'ORG' && x.count >= 2);
  await rowOf(page, e.slug).click();
  await page.locator('#sel-fix-type').selectOption('PERSON');
  await page.locator(`.group-person .entity-row[data-entity="${e.slug}"]`).waitFor();

  const library = page.getByRole('dialog', { name: 'Library' });
  await page.getByRole('button', { name: 'Library' }).click();
  const download = page.waitForEvent('download');
  await library.getByRole('button', { name: 'Export 1 correction (JSON)' }).click();
  const d = await download;
  assert.match(d.suggestedFilename(), /\.corrections\.json$/);
  const { readFile } = await import('node:fs/promises');
  const sidecar = JSON.parse(await readFile(await d.path(), 'utf8'));
  assert.equal(sidecar.format, 'sidelight-corrections');
  assert.equal(sidecar.version, 1);
  assert.deepEqual(sidecar.corrections, [{ kind: 'retype', name: e.name, from: 'ORG', to: 'PERSON' }]);
  await library.getByRole('button', { name: 'Close' }).click();

  // Taken back; then imported, with one item at fault and one that finds nothing.
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await page.locator(`.group-organization .entity-row[data-entity="${e.slug}"]`).waitFor();
  sidecar.corrections.push({ kind: 'retype', name: e.name, from: 'ORG', to: 'PERSONX' });
  sidecar.corrections.push({ kind: 'remove', name: 'Nobody At All', ty: 'PERSON' });
  await page.getByRole('button', { name: 'Library' }).click();
  const input = library.locator('input[type="file"]');
  await input.setInputFiles({ name: 'post.sidelight.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sidecar)) });
  const said = library.locator('.import-status');
  await said.waitFor();
  assert.equal(await said.getAttribute('role'), 'alert');
  assert.match(await said.innerText(), /^Imported 2 corrections from “post\.sidelight\.json”\. 1 could not be read: corrections\[1\]\.to: "PERSONX" is not an entity type/);
  await library.getByRole('button', { name: 'Close' }).click();
  await page.locator(`.group-person .entity-row[data-entity="${e.slug}"]`).waitFor();
  assert.match(await line(page).innerText(), /2 corrections: Nobody At All is not a name\s+\(1 no longer match the text\)/);
  // An import is one step: one Undo takes it all back.
  await line(page).getByRole('button', { name: 'Undo' }).click();
  await page.locator(`.group-organization .entity-row[data-entity="${e.slug}"]`).waitFor();
  assert.equal(await line(page).count(), 0);

  // Not JSON at all: said so, nothing changes.
  await page.getByRole('button', { name: 'Library' }).click();
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('retype Orbix') });
  await page.waitForFunction(() => /not JSON/.test(document.querySelector('.import-status')?.textContent ?? ''));
  assert.equal(await said.innerText(), 'Couldn\'t import “notes.json”: it is not JSON.');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a touch screen, words selected with a long press are offered for marking too', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await page.waitForSelector('#app[data-ready="true"]');
  assert.equal(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches), false, 'a touch screen');
  // The selection a long press makes, without any mouse event.
  const word = 'chatbots';
  await selectWord(page, word, { mouseup: false });
  const offer = page.getByRole('group', { name: `Mark “${word}” as a name` });
  await offer.waitFor();
  // Tapping its controls clears the selection; the offer stays.
  await page.evaluate(() => getSelection().removeAllRanges());
  await page.waitForTimeout(600);
  await offer.locator('select').selectOption('PRODUCT');
  await offer.getByRole('button', { name: 'Mark' }).tap();
  await page.locator('article mark[data-label="PRODUCT"]', { hasText: word }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
