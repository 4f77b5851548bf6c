// Browser tests of the reader against the release build: structure, highlights, selection,
// keyboard, deep links and the legend. Entity names come from the engine's own analysis (the
// page's window.sidelight.analyze), never from this file, so the tests hold when the model changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openReader, pageAnalysis } from './support/browser.mjs';

const env = useBrowser();

/** The first entity (most salient first) with at least `n` mentions whose class is shown. */
function entityWith(analysis, n) {
  const e = analysis.entities.find((e) => e.count >= n);
  assert.ok(e, `the engine found an entity with ${n}+ mentions`);
  return e;
}

/** The mention id that has aria-current, or null. */
const currentMention = (page) => page.evaluate(() => document.querySelector('mark[aria-current="true"]')?.dataset.mention ?? null);

test('renders the title, the meta line, the headings and a working table of contents', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);

  await assert.doesNotReject(page.locator('h1.title').waitFor());
  const h1 = await page.locator('h1.title').innerText();
  assert.ok(h1.length > 10, 'the title has text');
  assert.equal(await page.title(), `${h1.trim()} · Sidelight`, 'the tab shows the article');
  const meta = await page.locator('.meta').innerText();
  assert.match(meta, /\d+ min read · \d+ entit(y|ies) · \d+ facts?/);
  assert.ok(meta.includes(`${analysis.entities.length} entit`), `meta counts the engine's entities: ${meta}`);

  const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  assert.deepEqual(ids, analysis.headings, 'one h2 per heading, with its anchor as id');

  const links = page.locator('nav.toc a[data-section]');
  const count = await links.count();
  assert.ok(count > 0, 'the contents block has links');
  for (let i = count - 1; i >= 0; i--) {
    const link = links.nth(i);
    const target = await link.getAttribute('data-section');
    assert.equal(await link.getAttribute('href'), `#${target}`);
    await link.click();
    // The heading ends up at the top of the viewport, below the sticky bar (or, near the end
    // of the article, as high as the page can scroll).
    await page.waitForFunction((id) => {
      const top = document.getElementById(id).getBoundingClientRect().top;
      const atBottom = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
      return top >= 0 && (top < 140 || (atBottom && top < innerHeight - 40));
    }, target);
    assert.equal(await page.evaluate(() => document.activeElement?.id), target, 'the heading takes focus');
  }
  assert.equal(await page.evaluate(() => location.hash), '', 'contents links leave the URL alone');

  const aside = page.locator('aside.related');
  if ((await aside.count()) > 0) {
    assert.ok(await aside.first().isVisible(), 'related links show as an aside');
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('every mention the engine found is highlighted with its exact text', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const marks = await page.locator('article mark.hl').evaluateAll((ms) => ms.map((m) => ({ id: Number(m.dataset.mention), text: m.textContent, entity: m.dataset.entity, cls: m.className })));
  assert.equal(marks.length, analysis.mentions.length, 'one mark per mention');
  // Offsets are UTF-8 bytes: compare each mark with the bytes its span covers.
  const texts = await page.evaluate((mentions) => {
    const bytes = new TextEncoder().encode(window.sidelight.seed);
    return mentions.map((m) => new TextDecoder().decode(bytes.slice(m.start, m.end)));
  }, analysis.mentions);
  marks.forEach((m, i) => {
    assert.equal(m.id, i, 'marks come in text order');
    assert.equal(m.text, texts[i], `mark ${i} covers its span`);
    assert.equal(m.entity, analysis.entities.find((e) => e.id === analysis.mentions[i].entity).slug);
    assert.match(m.cls, /\bhl-(person|organization|place|group|thing|amount|date)\b/);
  });
  const title = await page.locator('article mark.hl').first().getAttribute('title');
  assert.match(title, /^(Person|Organization|Place|Group|Product or event|Amount|Date): /, 'marks name their type');
  // The sidebar lists each entity once, with its mention count.
  for (const e of analysis.entities) {
    const row = page.locator(`.entity-row[data-entity="${e.slug}"]`);
    assert.equal(await row.locator('.entity-count').innerText(), String(e.count), `count of ${e.name}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('selecting an entity in the sidebar marks all its mentions and focuses the first', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = entityWith(analysis, 3);

  await page.locator(`.entity-row[data-entity="${e.slug}"]`).click();
  await page.waitForFunction((slug) => location.hash === `#entity=${slug}`, e.slug);
  assert.equal(await page.locator('article mark.is-selected').count(), e.count, 'all mentions marked');
  assert.equal(await page.locator(`article mark[data-entity="${e.slug}"]:not(.is-selected)`).count(), 0);
  assert.equal(await page.locator('article.has-selection').count(), 1, 'other highlights fade');
  assert.equal(await page.locator(`.entity-row[data-entity="${e.slug}"]`).getAttribute('aria-pressed'), 'true');
  assert.equal(await currentMention(page), String(e.mentions[0]));
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-current')), 'true', 'focus is on the current mention');
  await page.locator('.sel-pos', { hasText: `Mention 1 of ${e.count}` }).waitFor();

  // Next and previous, with the buttons and the keys.
  await page.locator('.sel-nav button[aria-label^="Next"]').click();
  await page.waitForFunction((id) => document.querySelector('mark[aria-current="true"]')?.dataset.mention === id, String(e.mentions[1]));
  await page.locator('.sel-pos', { hasText: `Mention 2 of ${e.count}` }).waitFor();
  await page.keyboard.press('j');
  await page.waitForFunction((id) => document.activeElement?.dataset.mention === id, String(e.mentions[2]));
  await page.keyboard.press('k');
  await page.waitForFunction((id) => document.activeElement?.dataset.mention === id, String(e.mentions[1]));
  await page.locator('.sel-nav button[aria-label^="Previous"]').click();
  await page.keyboard.press('k');
  // Previous from the first mention wraps to the last.
  await page.waitForFunction((id) => document.querySelector('mark[aria-current="true"]')?.dataset.mention === id, String(e.mentions.at(-1)));
  // The focused mention is scrolled into view.
  const box = await page.locator('mark[aria-current="true"]').boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, 'the current mention is visible');

  // A fact in the card, when the engine found one, jumps to a mention in its evidence.
  const fact = page.locator('.sel-facts button.fact').first();
  if ((await fact.count()) > 0) {
    await fact.click();
    await page.waitForFunction(() => document.activeElement?.matches('mark[aria-current="true"]'));
  }

  // A contents link scrolls without dropping the selection from the URL.
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#entity=/);
  await page.locator('nav.toc a[data-section]').first().click();
  assert.equal(await page.evaluate(() => location.hash), hash);

  // Escape clears.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelectorAll('mark.is-selected').length === 0);
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.equal(await page.locator('.selection').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking a mention selects its entity at that mention; clicking it again clears', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = entityWith(analysis, 2);
  const second = page.locator(`#mention-${e.mentions[1]}`);
  await second.click();
  await page.waitForFunction((id) => document.querySelector('mark[aria-current="true"]')?.dataset.mention === id, String(e.mentions[1]));
  await page.locator('.sel-pos', { hasText: `Mention 2 of ${e.count}` }).waitFor();
  await second.click();
  await page.waitForFunction(() => !document.querySelector('mark.is-selected'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a #entity= link selects on load, and editing the fragment changes the selection', async () => {
  const probe = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(probe.page);
  await probe.page.close();
  const [a, b] = analysis.entities.filter((e) => e.count >= 1).slice(-2);

  const { page, errors } = await openReader(env.browser, env.url, { hash: `#entity=${a.slug}` });
  assert.equal(await page.locator('.sel-name').innerText(), a.name);
  assert.equal(await page.locator('article mark.is-selected').count(), a.count);
  assert.equal(await currentMention(page), String(a.mentions[0]));

  await page.evaluate((slug) => { location.hash = `entity=${slug}`; }, b.slug);
  await page.locator('.sel-name', { hasText: b.name }).waitFor();
  assert.equal(await page.locator('article mark.is-selected').count(), b.count);

  // An unknown slug clears the selection and the fragment.
  await page.evaluate(() => { location.hash = 'entity=no-such-entity'; });
  await page.waitForFunction(() => !document.querySelector('.selection') && location.hash === '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the legend hides and shows a class of highlights', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const item = page.locator('.legend-item').first();
  const cls = await item.getAttribute('data-class');
  assert.equal(await item.getAttribute('aria-pressed'), 'true');
  const marks = page.locator(`article mark.hl-${cls}`);
  const before = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(before, 'rgba(0, 0, 0, 0)', 'a shown highlight has a tint');

  await item.click();
  assert.equal(await item.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator(`article mark.hl-${cls}:not(.off)`).count(), 0, 'every mark of the class is off');
  assert.equal(await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.equal(await marks.first().evaluate((m) => getComputedStyle(m).textDecorationLine), 'none');

  await item.click();
  assert.equal(await item.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator(`article mark.hl-${cls}.off`).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('search filters the entity list, "/" focuses it and "?" shows the keys', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = analysis.entities.find((e) => e.name.length >= 4) ?? analysis.entities[0];
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'entity-search');
  const query = e.name.slice(0, 4);
  await page.keyboard.type(query);
  const expected = analysis.entities.filter((x) => x.name.toLowerCase().includes(query.toLowerCase())).length;
  await page.waitForFunction((n) => document.querySelectorAll('.entity-row').length === n, expected);
  assert.ok(expected >= 1);
  // Escape in the box first empties it, then leaves it.
  await page.keyboard.press('Escape');
  await page.waitForFunction((n) => document.querySelectorAll('.entity-row').length === n, analysis.entities.length);
  await page.keyboard.press('Escape');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'entity-search');

  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the sidebar is a bottom sheet opened from the bottom bar', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { width: 375, height: 760 });
  const analysis = await pageAnalysis(page);
  const e = entityWith(analysis, 2);
  const sheet = page.locator('#sidebar');
  assert.equal(await sheet.isVisible(), false, 'the sheet starts closed');
  const toggle = page.locator('.sheet-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  await sheet.waitFor({ state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // The article uses the full width.
  const article = await page.locator('article').boundingBox();
  assert.ok(article.width >= 375 - 48, `article width ${article.width}`);

  await page.locator(`.entity-row[data-entity="${e.slug}"]`).click();
  await sheet.waitFor({ state: 'hidden' });
  await page.locator('.bb-selection', { hasText: `1/${e.count}` }).waitFor();
  await page.locator('.bb-selection button[aria-label="Next mention"]').click();
  await page.locator('.bb-selection', { hasText: `2/${e.count}` }).waitFor();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 375, `no horizontal scrolling (${scrollWidth}px)`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Tab stays inside the open phone sheet and the help dialog', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { width: 375, height: 760 });
  const focusInside = (selector) => page.evaluate((sel) => Boolean(document.activeElement?.closest(sel)), selector);
  await page.locator('.sheet-toggle').click();
  await page.locator('#sidebar').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.closest('#sidebar'));
  // More presses than the sheet's header, tabs and first rows: the focus must come round.
  const visited = new Set();
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    assert.ok(await focusInside('#sidebar'), `Tab ${i + 1} left the sheet`);
    visited.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80)));
  }
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Shift+Tab');
    assert.ok(await focusInside('#sidebar'), `Shift+Tab ${i + 1} left the sheet`);
  }
  assert.ok(visited.size > 3, 'Tab moves between the sheet\'s controls');
  await page.keyboard.press('Escape');
  await page.locator('#sidebar').waitFor({ state: 'hidden' });

  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    assert.ok(await focusInside('.help'), `${key} left the help dialog`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('resting the pointer on a highlight opens its card; leaving or Escape closes it', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  const e = entityWith(analysis, 2);
  const mark = page.locator(`#mention-${e.mentions[1]}`);
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const card = page.locator('.card');
  await card.waitFor();
  assert.equal(await card.locator('.card-name').innerText(), e.name);
  assert.equal(await card.locator('.card-pos').innerText(), `Mention 2 of ${e.count}`);
  // The pointer can move onto the card without it closing, and use its button.
  await card.hover();
  await card.locator('.card-select').click();
  await page.waitForFunction((id) => document.querySelector('mark[aria-current="true"]')?.dataset.mention === id, String(e.mentions[1]));
  await card.waitFor({ state: 'detached' });

  await mark.hover();
  await card.waitFor();
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  assert.equal(await page.locator('mark.is-selected').count(), e.count, 'Escape closed the card, not the selection');

  // Away and back: a pointer that stays put fires no new hover.
  await page.mouse.move(2, 300);
  await mark.hover();
  await card.waitFor();
  await page.mouse.move(2, 300);
  await card.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('in the search box, ↓ and ↑ walk the results, ↑ from the first returns, Enter selects the first', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const analysis = await pageAnalysis(page);
  await page.keyboard.press('/');
  // A query that several entities match: the first letter of the most salient one.
  const query = analysis.entities[0].name.slice(0, 1);
  await page.keyboard.type(query);
  const matching = analysis.entities.filter((x) => [x.name, ...(x.aliases ?? [])].some((n) => n.toLowerCase().includes(query.toLowerCase())));
  await page.waitForFunction((n) => document.querySelectorAll('.entity-row').length === n, matching.length);
  assert.ok(matching.length >= 2, `several results for "${query}"`);
  const focusedRow = () => page.evaluate(() => document.activeElement?.classList.contains('entity-row') ? document.activeElement.dataset.entity : document.activeElement?.id);
  const rows = await page.locator('.entity-row').evaluateAll((els) => els.map((el) => el.dataset.entity));
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedRow(), rows[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedRow(), rows[1]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedRow(), 'entity-search', 'back in the box');
  await page.keyboard.press('Enter');
  await page.locator(`.entity-row.is-selected[data-entity="${rows[0]}"]`).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the search also finds words in the article: every match highlighted, Enter and Shift+Enter or ‹ › walk them', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  // A word of the article that no entity is named by, counted here from the article's own text.
  const word = 'funding';
  const expected = await page.evaluate((w) => [...document.querySelectorAll('#article [data-at], #article li')]
    .reduce((n, el) => n + (el.textContent.toLowerCase().split(w).length - 1), 0), word);
  assert.ok(expected >= 2, `"${word}" occurs several times (${expected})`);
  await page.keyboard.press('/');
  await page.keyboard.type(word.toUpperCase());
  const count = page.locator('.find-count');
  await page.waitForFunction((n) => document.querySelector('.find-count')?.textContent === `${n} in the article`, expected);
  assert.equal(await page.evaluate(() => CSS.highlights.get('sidelight-find').size), expected, 'every match highlighted');
  const current = () => page.evaluate(() => {
    const [r] = [...(CSS.highlights.get('sidelight-find-current') ?? [])];
    if (!r) return null;
    const box = r.getBoundingClientRect();
    return { text: r.toString(), visible: box.top >= 0 && box.bottom <= innerHeight };
  });
  assert.equal(await current(), null, 'none current before asking');
  // No entity is named so: Enter goes to the first match in the article, scrolled into view.
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('.find-count').textContent === `1 of ${n} in the article`, expected);
  assert.deepEqual(await current(), { text: 'funding', visible: true });
  await page.keyboard.press('Shift+Enter');
  assert.equal(await count.innerText(), `${expected} of ${expected} in the article`);
  await page.getByRole('button', { name: 'Next in the article (Enter)' }).click();
  assert.equal(await count.innerText(), `1 of ${expected} in the article`);
  // Words that are not there say so; an emptied box takes the highlights away.
  await page.locator('#entity-search').fill('zxqv');
  await page.waitForFunction(() => document.querySelector('.find-count')?.textContent === "Not in the article's text");
  await page.locator('#entity-search').fill('');
  await count.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => CSS.highlights.has('sidelight-find')), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('type labels in the text: off by default, shown after each highlight when asked, kept for the next article', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const label = (el) => getComputedStyle(el, '::after').content;
  const first = page.locator('article mark.hl').first();
  assert.equal(await first.evaluate(label), 'none', 'off by default');
  await page.getByRole('checkbox', { name: 'Type labels in the text' }).check();
  const want = await first.getAttribute('data-label');
  assert.ok(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'PRODUCT', 'EVENT', 'MONEY', 'PERCENT', 'DATE'].includes(want), want);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('article mark.hl'), '::after').content !== 'none');
  assert.equal(await first.evaluate(label), `"${want}"`);
  await page.screenshot({ path: `${env.dir}/labels-1280.png` });
  // Another article keeps the preference.
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.locator('#paste-text').fill('Orbix Hires\n\nDana Lee joined Orbix in Oslo in 2019.');
  await page.getByRole('dialog').getByRole('button', { name: 'Read' }).click();
  await page.locator('h1', { hasText: 'Orbix Hires' }).waitFor();
  assert.notEqual(await page.locator('article mark.hl').first().evaluate(label), 'none');
  assert.equal(await page.getByRole('checkbox', { name: 'Type labels in the text' }).isChecked(), true);
  assert.deepEqual(errors, []);
  await page.close();
});
