// Browser tests of keyboard and focus: focus goes back to what opened a dialog when it
// closes, a mention's card opens from the keyboard and gives focus back, skip links reach
// the article and the entities, selecting from the Facts tab keeps focus, and every dialog
// passes axe-core with all impacts counted. Names come from the page's own analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openReader, pageAnalysis, axeProblems } from './support/browser.mjs';

const env = useBrowser();

/** A short description of the focused element. */
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  if (!a || a === document.body) return 'body';
  return `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${a.className && typeof a.className === 'string' ? `.${a.className.split(' ').join('.')}` : ''} "${(a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 30)}"`;
});

test('focus returns to the opener after the help, paste and library dialogs, however they close', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const cases = [
    { opener: page.getByRole('button', { name: 'Keyboard shortcuts' }), dialog: 'Keyboard shortcuts', close: 'Escape' },
    { opener: page.getByRole('button', { name: 'Keyboard shortcuts' }), dialog: 'Keyboard shortcuts', close: 'Close' },
    { opener: page.getByRole('button', { name: 'Paste', exact: true }), dialog: 'Read another article', close: 'Escape' },
    { opener: page.getByRole('button', { name: 'Paste', exact: true }), dialog: 'Read another article', close: 'Cancel' },
    { opener: page.getByRole('button', { name: 'Library', exact: true }), dialog: /Library/, close: 'Escape' },
    { opener: page.getByRole('button', { name: 'Library', exact: true }), dialog: /Library/, close: 'Close' },
  ];
  for (const c of cases) {
    // Opened from the keyboard, as a keyboard user would.
    await c.opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: c.dialog });
    await dialog.waitFor();
    assert.deepEqual(await axeProblems(page, { within: '[role="dialog"][aria-modal="true"]', every: true }), [], `${c.dialog}: axe, every impact`);
    if (c.close === 'Escape') await page.keyboard.press('Escape');
    else await dialog.getByRole('button', { name: c.close, exact: true }).first().click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body);
    assert.equal(await c.opener.evaluate((el) => el === document.activeElement), true,
      `${c.dialog} closed with ${c.close}: focus is on its opener, not ${await focused(page)}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('Enter on a focused mention opens its card with focus in it; Escape closes it and focus goes back', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = analysis.entities.find((x) => x.count >= 2);
  await page.locator(`.entity-row[data-entity="${e.slug}"]`).click();
  await page.keyboard.press('j');
  await page.waitForFunction((id) => document.activeElement?.dataset.mention === id, String(e.mentions[1]));
  // Navigation alone shows no card (it would cover the text being stepped through).
  assert.equal(await page.locator('.card').count(), 0);
  for (const key of ['Enter', ' ']) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    const card = page.getByRole('dialog', { name: e.name });
    await card.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('card'));
    assert.match(await card.innerText(), /Mention 2 of/);
    // Tab goes on to the card's controls.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('.card'))), true, 'Tab stays in the card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.dataset.mention === id, String(e.mentions[1]));
    // Focus coming back opens no new card, and the selection stays.
    await page.waitForTimeout(400);
    assert.equal(await page.locator('.card').count(), 0, 'no card after Escape');
    assert.equal(await page.locator('article mark.is-selected').count(), e.count, 'Escape in the card keeps the selection');
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('skip links reach the article and the first entity in two Tabs', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /Skip to article/);
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /Skip to entities/);
  const link = page.getByRole('link', { name: 'Skip to entities' });
  const box = await link.boundingBox();
  assert.ok(box && box.y >= 0, 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('entity-row'));
  const first = await page.locator('.entity-row').first().getAttribute('data-entity');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.entity), first);
  // The article's link focuses the article.
  await page.keyboard.press('Shift+Tab');
  await page.evaluate(() => document.querySelector('.skip-link').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'article' || document.activeElement?.closest('#article'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('Enter on a name in the Facts tab selects it and keeps focus on that name', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#view=facts' });
  const button = page.locator('.facts .fact-entity').first();
  const slug = await button.getAttribute('data-entity');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => location.hash.includes(`entity=${s}`), slug);
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.entity), slug, `focus is on ${await focused(page)}`);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('fact-entity')), true);
  assert.deepEqual(errors, []);
  await page.close();
});
