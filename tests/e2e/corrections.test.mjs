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
  const first = facts.first();
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
  await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('#article'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(w);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        n.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }
    throw new Error('word not found');
  }, word);
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
