// Browser tests of the relations UI against the release build: the Facts panel, the evidence
// mark in the article, the Map and the mention cards. Expected facts come from the engine's
// own analysis (window.sidelight.analyze), except the one fact the product promises for the
// seed article: Microsoft invested in Mistral AI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openReader } from './support/browser.mjs';

const env = useBrowser();

/** The engine's relations for the page's article, with names and evidence text; `folded`
 *  marks a fact whose amount is another's in brackets ("€600 million (approximately $640
 *  million)"): the panel shows the two as one. */
async function pageFacts(page) {
  const facts = await page.evaluate(() => {
    const text = window.sidelight.seed;
    const a = window.sidelight.analyze(text);
    const bytes = new TextEncoder().encode(text);
    const slice = (s) => new TextDecoder().decode(bytes.slice(s.start, s.end));
    const entity = (id) => a.entities.find((e) => e.id === id);
    return a.relations.map((r, index) => ({
      index,
      type: r.type,
      head: entity(r.head).name,
      headSlug: entity(r.head).slug,
      headId: r.head,
      tail: entity(r.tail).name,
      tailSlug: entity(r.tail).slug,
      tailId: r.tail,
      evidence: slice(r.evidence),
    }));
  });
  const converts = (f, g) => ['', 'approximately ', 'about ', 'around ', 'roughly ', 'some ', 'nearly '].some((w) => f.evidence.includes(`${f.tail} (${w}${g.tail})`));
  return facts.map((g) => ({ ...g, folded: facts.some((f) => f !== g && f.type === g.type && f.head === g.head && converts(f, g)) }));
}

const openTab = async (page, name) => {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await page.locator(`#panel-${name.toLowerCase()}`).waitFor();
};

/** Is the element's box inside the viewport (below the sticky top bar)? */
const inViewport = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  });

test('the Facts tab lists every fact the engine found, grouped, with its evidence', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const all = await pageFacts(page);
  const facts = all.filter((f) => !f.folded);
  assert.ok(facts.length > 0, 'the engine finds facts in the seed');

  const tab = page.getByRole('tab', { name: /^Facts/ });
  assert.equal(await tab.locator('.tab-count').innerText(), String(facts.length), 'the tab counts the facts (an amount in two forms once)');
  await openTab(page, 'Facts');
  assert.equal(await page.locator('.facts .fact').count(), facts.length, 'one row per fact');

  // The product promise for the seed: Microsoft invested in Mistral AI, with its sentence.
  const invest = facts.find((f) => f.type === 'INVESTED_IN' && f.head === 'Microsoft' && f.tail === 'Mistral AI');
  assert.ok(invest, `the engine found "Microsoft invested in Mistral AI" (found: ${facts.map((f) => `${f.head} ${f.type} ${f.tail}`).join('; ')})`);
  const row = page.locator(`.facts .fact[data-fact="${invest.index}"]`);
  assert.match(await row.locator('.fact-line').innerText(), /^Microsoft\s+— invested in →\s+Mistral AI$/);
  assert.equal((await row.locator('.fact-evidence q').innerText()).trim(), invest.evidence.trim(), 'the evidence sentence is quoted');
  assert.deepEqual(await row.locator('.fact-evidence strong').allInnerTexts().then((t) => [...new Set(t)].sort()), ['Microsoft', 'Mistral AI'].filter((n) => invest.evidence.includes(n)).sort(), 'the two names are emphasized');
  // Groups have plain-word headings, never the engine's labels.
  for (const h of await page.locator('.fact-group h3').allInnerTexts()) {
    assert.doesNotMatch(h, /[A-Z]{2,}_/, `heading in plain words: ${h}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the seed article\'s Facts tell its story: who raised what, invested in whom, works where, partners and competes', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  await openTab(page, 'Facts');
  const lines = (await page.locator('.facts .fact .fact-line').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  // The facts the article states in so many words (its gold annotation has each of them).
  for (const want of [
    // The amount and its conversion in brackets, as the article gives them: one fact.
    'Mistral AI — raised → €600 million (≈ $640 million)',
    'Microsoft — invested in → Mistral AI',
    'Microsoft — invested in → OpenAI',
    'Yorke Rhodes — works for → Microsoft',
    'Matt Stephenson — works for → Pantera Capital',
    'OpenAI — partners with ↔ Apple',
    'Mistral AI — partners with ↔ Microsoft',
    'Microsoft Azure — is made by → Microsoft',
    'Microsoft — competes with ↔ Apple',
  ]) {
    assert.ok(lines.includes(want), `the Facts tab says "${want}" (it says: ${lines.join('; ')})`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking a fact scrolls the article to its sentence and marks it; Escape removes the mark', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#view=facts' });
  const facts = (await pageFacts(page)).filter((f) => !f.folded);
  // The last fact's sentence is the farthest down, so the article has to scroll.
  const fact = facts.reduce((a, b) => (b.index > a.index ? b : a));
  await page.locator(`.facts .fact[data-fact="${fact.index}"] .fact-evidence`).click();
  const mark = page.locator('#article .evidence');
  await mark.waitFor();
  assert.equal(await mark.count(), 1, 'one sentence is marked');
  assert.equal((await mark.innerText()).trim(), fact.evidence.trim(), 'the mark covers the evidence sentence');
  await page.waitForFunction(() => {
    const r = document.querySelector('#article .evidence').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.equal(await page.locator(`.facts .fact[data-fact="${fact.index}"]`).getAttribute('class').then((c) => c.includes('is-marked')), true);
  // Every mention inside the sentence is still a whole mark.
  assert.ok((await mark.locator('mark.hl').count()) >= 2, 'the fact’s names stay highlighted inside the mark');

  // Another fact moves the mark; Escape removes it.
  const other = facts.find((f) => f.evidence !== fact.evidence);
  await page.locator(`.facts .fact[data-fact="${other.index}"]`).click();
  await page.waitForFunction((text) => document.querySelector('#article .evidence')?.innerText.trim() === text, other.evidence.trim());
  await page.keyboard.press('Escape');
  await mark.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a name in a fact selects its entity and the panel filters to its facts', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#view=facts' });
  const facts = (await pageFacts(page)).filter((f) => !f.folded);
  const ms = facts.filter((f) => f.head === 'Microsoft' || f.tail === 'Microsoft');
  await page.locator('.fact-entity[data-entity]', { hasText: /^Microsoft$/ }).first().click();
  await page.waitForFunction(() => location.hash.startsWith('#entity=microsoft'));
  assert.equal(await page.evaluate(() => location.hash), '#entity=microsoft&view=facts', 'the link keeps the view');
  await page.waitForFunction((n) => document.querySelectorAll('.facts .fact').length === n, ms.length);
  assert.match(await page.locator('.facts-filter').innerText(), new RegExp(`Facts about Microsoft \\(${ms.length}\\)`));
  // The article marks the selection without taking focus away from the panel.
  assert.ok((await page.locator('article mark.is-selected').count()) > 0);
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'MARK');

  await page.getByRole('button', { name: 'Show all' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.facts .fact').length === n, facts.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a #entity=…&view=facts link opens the Facts tab filtered to the entity', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#entity=mistral-ai&view=facts' });
  const facts = (await pageFacts(page)).filter((f) => !f.folded);
  assert.equal(await page.getByRole('tab', { name: /^Facts/ }).getAttribute('aria-selected'), 'true');
  const own = facts.filter((f) => f.headSlug === 'mistral-ai' || f.tailSlug === 'mistral-ai');
  assert.equal(await page.locator('.facts .fact').count(), own.length);
  // Switching tabs rewrites the link; the Entities tab is the default and leaves no trace.
  await openTab(page, 'Map');
  await page.waitForFunction(() => location.hash === '#entity=mistral-ai&view=map');
  await openTab(page, 'Entities');
  await page.waitForFunction(() => location.hash === '#entity=mistral-ai');
  // Arrow keys move along the tabs.
  await page.getByRole('tab', { name: /^Entities/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement?.id === 'tab-facts' && document.activeElement.getAttribute('aria-selected') === 'true');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the map draws one node per linked entity and one edge per fact; a node selects', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#view=map' });
  const facts = await pageFacts(page);
  const linked = new Set(facts.flatMap((f) => [f.headSlug, f.tailSlug]));
  const drawn = facts.filter((f) => f.headId !== f.tailId);
  assert.ok(linked.size <= 40, 'the seed fits the map without a cut');
  const nodes = page.locator('.map-svg .node');
  assert.equal(await nodes.count(), linked.size, 'one node per entity in a fact');
  assert.deepEqual(new Set(await nodes.evaluateAll((ns) => ns.map((n) => n.dataset.entity))), linked);
  assert.equal(await page.locator('.map-svg .edge').count(), drawn.length, 'one edge per fact');
  const label = await page.locator('.map-svg .edge .edge-label').first().textContent();
  assert.ok(label.length > 2 && !/_/.test(label), `edges are labelled in words: ${label}`);
  // Each node carries its class as a shape as well as a colour.
  const shapes = await nodes.evaluateAll((ns) => ns.map((n) => [n.getAttribute('aria-label').split(', ')[1], n.querySelector('.shape').tagName]));
  for (const [cls, tag] of shapes) {
    if (cls === 'person') assert.equal(tag, 'circle');
    if (cls === 'organization') assert.equal(tag, 'rect');
  }

  // Same article, same picture.
  const positions = () => nodes.evaluateAll((ns) => ns.map((n) => n.getAttribute('transform')));
  const first = await positions();

  // Click a node: it is selected everywhere, its neighbourhood stays bright, the rest dims.
  const ms = page.locator('.map-svg .node[data-entity="microsoft"]');
  await ms.click();
  await page.waitForFunction(() => location.hash === '#entity=microsoft&view=map');
  assert.equal(await ms.getAttribute('aria-pressed'), 'true');
  assert.ok((await page.locator('article mark.is-selected').count()) > 0, 'the article marks the selection');
  const neighbours = new Set(facts.filter((f) => f.headSlug === 'microsoft' || f.tailSlug === 'microsoft').flatMap((f) => [f.headSlug, f.tailSlug]));
  const bright = await page.locator('.map-svg .node:not(.dim)').evaluateAll((ns) => ns.map((n) => n.dataset.entity));
  assert.deepEqual(new Set(bright), neighbours, 'the neighbourhood is in focus');
  assert.equal(await page.locator('.map-svg .node.dim').count(), linked.size - neighbours.size);

  // Keyboard: Tab reaches nodes, Enter selects; the Facts tab then lists that entity's facts.
  const other = [...linked].find((s) => s !== 'microsoft' && facts.some((f) => f.headSlug === s));
  const node = page.locator(`.map-svg .node[data-entity="${other}"]`);
  assert.equal(await node.getAttribute('tabindex'), '0');
  assert.equal(await node.getAttribute('role'), 'button');
  await node.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((slug) => location.hash === `#entity=${slug}&view=map`, other);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.entity), other, 'focus stays on the node');
  assert.deepEqual(await positions(), first, 'selecting does not move the layout');
  await openTab(page, 'Facts');
  const own = facts.filter((f) => !f.folded && (f.headSlug === other || f.tailSlug === other));
  assert.equal(await page.locator('.facts .fact').count(), own.length, 'the Facts panel filters to the node’s facts');

  // A fresh page draws the same layout.
  const again = await openReader(env.browser, env.url, { hash: '#view=map' });
  assert.deepEqual(await again.page.locator('.map-svg .node').evaluateAll((ns) => ns.map((n) => n.getAttribute('transform'))), first);
  await again.page.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the map enlarges to an overlay and Escape shrinks it', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#view=map' });
  const small = await page.locator('.map-svg').boundingBox();
  await page.getByRole('button', { name: 'Enlarge' }).click();
  await page.locator('.map-expanded .map-frame').waitFor();
  const big = await page.locator('.map-svg').boundingBox();
  assert.ok(big.width > small.width * 1.3, `the map grows (${small.width} → ${big.width})`);
  await page.keyboard.press('Escape');
  await page.locator('.map-expanded .map-frame').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('focusing a mention opens its card; Escape closes it', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const facts = await pageFacts(page);
  const mark = page.locator('article mark[data-entity="mistral-ai"]').nth(1);
  await mark.focus();
  const card = page.getByRole('dialog', { name: 'Mistral AI' });
  await card.waitFor();
  assert.equal(await card.locator('.card-type').innerText().then((t) => t.toLowerCase()), 'organization');
  const n = await page.locator('article mark[data-entity="mistral-ai"]').count();
  assert.equal(await card.locator('.card-pos').innerText(), `Mention 2 of ${n}`);
  const own = facts.filter((f) => f.headSlug === 'mistral-ai' || f.tailSlug === 'mistral-ai');
  assert.equal(await card.locator('.card-fact').count(), Math.min(3, own.length), 'up to three top facts');
  assert.ok(await inViewport(card), 'the card is inside the viewport');

  // Next moves the card to the following mention and selects the entity there.
  await card.getByRole('button', { name: 'Next mention' }).click();
  await card.locator('.card-pos', { hasText: `Mention 3 of ${n}` }).waitFor();
  await page.waitForFunction(() => document.querySelector('mark[aria-current="true"]')?.dataset.entity === 'mistral-ai');

  await mark.focus();
  await card.locator('.card-pos', { hasText: `Mention 2 of ${n}` }).waitFor();
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('hovering a mention opens its card after ~150 ms; it closes ~300 ms after the pointer leaves', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { clock: true });
  const mark = page.locator('article mark[data-entity="microsoft"]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const card = page.locator('.card');
  // The page's timers run on the test's clock: nothing opens before the delay.
  await page.clock.runFor(100);
  assert.equal(await card.count(), 0, 'no card while the pointer only passes');
  await page.clock.runFor(100);
  await card.waitFor();
  assert.equal(await card.locator('.card-name').innerText(), 'Microsoft');
  // The pointer may cross into the card: it stays, however long.
  await card.hover();
  await page.clock.runFor(2000);
  assert.equal(await card.count(), 1, 'the card stays while the pointer is on it');
  await page.mouse.move(2, 400);
  await page.clock.runFor(200);
  assert.equal(await card.count(), 1, 'the card waits a moment after the pointer leaves');
  await page.clock.runFor(200);
  await card.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the Facts and Map tabs work in the sheet, and a card is a bottom popover', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { width: 375, height: 760 });
  const facts = (await pageFacts(page)).filter((f) => !f.folded);
  await page.locator('.sheet-toggle').click();
  await page.locator('#sidebar').waitFor({ state: 'visible' });
  await openTab(page, 'Facts');
  assert.equal(await page.locator('.facts .fact').count(), facts.length);
  // Showing a fact closes the sheet so the marked sentence can be seen.
  await page.locator('.facts .fact .fact-evidence').first().click();
  await page.locator('#sidebar').waitFor({ state: 'hidden' });
  await page.waitForFunction(() => {
    const r = document.querySelector('#article .evidence').getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight - 60;
  });

  await page.locator('.sheet-toggle').click();
  await openTab(page, 'Map');
  const svg = await page.locator('.map-svg').boundingBox();
  assert.ok(svg.width <= 375 && svg.width > 300, `the map fits the sheet (${svg.width}px)`);
  // A node selects but keeps the sheet open, so the reader can go on exploring.
  await page.locator('.map-svg .node').first().click();
  await page.locator('.map-svg .node.is-selected').waitFor();
  assert.ok(await page.locator('#sidebar').isVisible());
  await page.keyboard.press('Escape');
  await page.locator('#sidebar').waitFor({ state: 'hidden' });

  await page.locator('article mark.hl').first().focus();
  const card = page.locator('.card');
  await card.waitFor();
  const box = await card.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375 && box.y + box.height <= 760 && box.y > 760 / 3, `docked at the bottom: ${JSON.stringify(box)}`);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 375, `no horizontal scrolling (${scrollWidth}px)`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an amount and its conversion in brackets read as one fact; “Not a fact” takes both', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { hash: '#view=facts' });
  const facts = await pageFacts(page);
  const folded = facts.find((f) => f.folded);
  assert.ok(folded, 'the seed states an amount in two forms');
  const main = facts.find((f) => f !== folded && f.type === folded.type && f.head === folded.head && f.evidence.includes(`${f.tail} (`) && f.evidence.includes(folded.tail));
  const row = page.locator(`.facts .fact[data-fact="${main.index}"]`);
  assert.equal((await row.locator('.fact-line').innerText()).replace(/\s+/g, ' ').trim(), `${main.head} — raised → ${main.tail} (≈ ${folded.tail})`);
  assert.equal(await page.locator(`.facts .fact[data-fact="${folded.index}"]`).count(), 0, 'not listed on its own');
  // Both names select: the converted amount is an entity of its own.
  assert.equal(await row.locator('.fact-entity').count(), 3);
  const before = await page.locator('.facts .fact').count();
  await row.hover();
  await row.locator('.fact-remove').click();
  await page.waitForFunction((n) => document.querySelectorAll('.facts .fact').length === n, before - 1);
  assert.equal(await page.locator('.facts .fact', { hasText: folded.tail }).count(), 0, 'both forms gone');
  assert.match(await page.locator('.corrections-line').innerText(), /^2 corrections/);
  // One step: one Undo brings both back, as one fact again.
  await page.locator('.corrections-line').getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.facts .fact').length === n, before);
  assert.equal(await page.locator('.corrections-line').count(), 0);
  assert.equal(await page.locator(`.facts .fact[data-fact="${main.index}"] .fact-other-form`).count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a map of many facts shows the busiest score with “+N more”, which opens the enlarged map; labels do not overlap', async () => {
  const { page, errors } = await openReader(env.browser, env.url);
  const first = ['Dana', 'Omar', 'Lena', 'Tomas', 'Priya', 'Marta', 'Kofi', 'Ines', 'Pavel', 'Yuki', 'Ruth', 'Felix', 'Amara', 'Jonas', 'Sofia', 'Hugo', 'Nadia', 'Emil', 'Carla', 'Ravi'];
  const last = ['Lee', 'Haddad', 'Berg', 'Novak', 'Shah', 'Costa', 'Mensah', 'Ruiz', 'Ivanov', 'Sato', 'Cohen', 'Wagner', 'Okafor', 'Lind', 'Rossi', 'Blanc', 'Karimi', 'Holm', 'Vidal', 'Patel'];
  const orgs = ['Orbix', 'Velt', 'Kestra', 'Norlight', 'Tessaro', 'Quillon', 'Brightwave', 'Halvard', 'Sundial', 'Marrow', 'Pellucid', 'Corvane', 'Ostrava', 'Lumeo', 'Fenwick', 'Arbor', 'Granite', 'Helix', 'Solent', 'Vireo'];
  const lines = ['Who Moved Where in 2025'];
  for (let i = 0; i < 20; i++) lines.push(`${first[i]} ${last[i]}, the chief executive of ${orgs[i]} Inc., said on Monday that the company would hire more staff.`);
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  await page.locator('#paste-text').fill(lines.join('\n\n'));
  await page.getByRole('dialog').getByRole('button', { name: 'Read', exact: true }).click();
  await page.locator('article h1', { hasText: 'Who Moved Where' }).waitFor();
  await openTab(page, 'Map');
  const nodes = page.locator('.map-svg .node');
  const shown = await nodes.count();
  const more = page.locator('.map-more');
  assert.equal(shown, 20, 'a score in the sidebar');
  const left = Number((await more.innerText()).match(/^\+(\d+) more/)[1]);
  assert.ok(left >= 10, `the rest are counted (${left})`);
  // Readable: no two node labels overlap.
  const boxes = await page.locator('.map-svg .node-label').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i], boxes[j]];
    if (a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1) overlaps.push([i, j]);
  }
  assert.deepEqual(overlaps, [], 'no label covers another');
  await more.click();
  await page.locator('.map-expanded .map-frame').waitFor();
  assert.equal(await nodes.count(), shown + left, 'the enlarged map has room for all');
  assert.equal(await more.count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a fact whose sentence opens with a quotation mark is quoted once, not twice', async () => {
  const { page, errors } = await openReader(env.browser, env.url, { width: 1280, height: 900 });
  const text = 'Space news\n\n“Europe cannot keep depending on others,” said Katrin Vollmer, who runs space systems at Airbus.\n\nMarco Rossi, who leads the radar team at Airbus, said the work would start in May.';
  await page.getByRole('button', { name: 'Paste' }).click();
  await page.locator('#paste-text').fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Read' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await openTab(page, 'Facts');
  const quotes = await page.locator('.facts .fact-evidence q').evaluateAll((qs) =>
    qs.map((q) => ({ text: q.innerText.trim(), quotes: getComputedStyle(q).quotes, marked: q.classList.contains('quoted') })));
  const opening = quotes.find((q) => q.text.startsWith('“Europe'));
  const plain = quotes.find((q) => q.text.startsWith('Marco Rossi'));
  assert.ok(opening && plain, `both sentences state a fact (quotes: ${JSON.stringify(quotes)})`);
  assert.ok(opening.marked && opening.quotes === 'none', `no second pair around “Europe…” (${JSON.stringify(opening)})`);
  assert.ok(!plain.marked && plain.quotes !== 'none', `the other sentence is quoted (${JSON.stringify(plain)})`);
  assert.deepEqual(errors, []);
  await page.close();
});
