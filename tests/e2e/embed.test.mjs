// The blog widget as bloggers deploy it: dist/ copied under a sub-path of the blog's own
// site, or served from another origin (a CDN); a realistic post (its own header, column and
// loud styles for p, a, mark and iframe) with two <sidelight-reader> elements, one from
// `src` and one with its article inline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { launch, ROOT, artifactsDir } from './support/browser.mjs';
import { site, blogPost } from './support/sites.mjs';

const DIST = `${ROOT}dist`;
const ARTICLE = await readFile(`${ROOT}tests/e2e/fixtures/other-article.txt`, 'utf8');
let browser;
let dir;
const servers = [];

before(async () => {
  browser = await launch();
  dir = await artifactsDir();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/** A site (see support/sites.mjs) that is closed after the tests. */
async function serve(mounts) {
  const s = await site(mounts);
  servers.push(s);
  return s;
}

/** The blog with the reader's files under `/assets/sidelight/1.2.0/` of the same origin. */
async function subPathBlog(options = {}) {
  return serve([
    { path: '/assets/sidelight/1.2.0/', dir: DIST },
    { path: '/blog/post.html', body: blogPost({ embed: '/assets/sidelight/1.2.0/embed.js', ...options }) },
    { path: '/blog/article.txt', body: ARTICLE },
    { path: '/blog/missing.html', body: blogPost({ embed: '/assets/sidelight/1.2.0/embed.js', src: 'missing.txt' }) },
  ]);
}

async function openPost(url, { width = 1280, height = 900, colorScheme = 'light', javaScriptEnabled = true, context } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled, reducedMotion: 'reduce' }));
  const page = await ctx.newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  return { ctx, page, errors, failed };
}

/** Waits until the reader of element `id` shows its article, and returns its frame. */
async function readerOf(page, id) {
  const frame = page.frameLocator(`#${id} iframe`);
  await frame.locator('article mark[data-mention]').first().waitFor();
  // The element's own copy gives way once the reader has reported its height.
  await page.waitForFunction((el) => !document.getElementById(el).shadowRoot.querySelector('iframe').classList.contains('pending'), id);
  return frame;
}

/** The heights once the frame has followed the reader (it reports each change). */
async function settledHeights(page, id) {
  for (let i = 0; ; i++) {
    const h = await heights(page, id);
    if (Math.abs(h.outer - h.app) <= 1 || i === 100) return h;
    await page.waitForTimeout(50);
  }
}

/** The frame element's height and the reader's own height inside it. */
async function heights(page, id) {
  const outer = await page.locator(`#${id}`).evaluate((el) => el.shadowRoot.querySelector('iframe').getBoundingClientRect().height);
  const frame = page.frameLocator(`#${id} iframe`);
  const inner = await frame.locator('#app').evaluate((el) => ({
    app: el.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

test('from a sub-path: both readers show their articles highlighted, as tall as their content, in the post\'s look', async () => {
  const blog = await subPathBlog();
  const { ctx, page, errors, failed } = await openPost(`${blog.url}blog/post.html`, { width: 1280 });
  const src = await readerOf(page, 'from-src');
  const inline = await readerOf(page, 'inline');
  assert.ok((await src.locator('h1', { hasText: 'Harbor Robotics' }).count()) > 0, 'the src article is shown');
  assert.ok((await inline.locator('article mark', { hasText: 'Mistral AI' }).count()) > 0, 'the inline article is highlighted');
  // A blog's frame shows only what its page gives it: it never keeps articles in a library.
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert.deepEqual(await frame.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [], 'no library in the frame');

  // Sized to its content: no inner scrolling, the frame exactly as tall as the reader.
  for (const id of ['from-src', 'inline']) {
    const h = await heights(page, id);
    assert.ok(Math.abs(h.outer - h.app) <= 1, `${id}: frame ${h.outer} px, reader ${h.app} px`);
    assert.ok(h.scroll <= h.client + 1, `${id}: no inner scroll (${h.scroll} > ${h.client})`);
  }
  // Selecting opens the selection and facts: the frame grows or shrinks with it.
  await src.locator('.entity-row').first().click();
  await src.locator('mark.is-selected').first().waitFor();
  const after = await settledHeights(page, 'from-src');
  assert.ok(Math.abs(after.outer - after.app) <= 1, `after selecting: frame ${after.outer}, reader ${after.app}`);
  // Switching tabs changes the reader's height: the frame follows.
  for (const tab of ['Facts', 'Map', 'Entities']) {
    const tabHeight = (await heights(page, 'from-src')).app;
    await src.getByRole('tab', { name: new RegExp(tab) }).click();
    const h = await settledHeights(page, 'from-src');
    assert.ok(Math.abs(h.outer - h.app) <= 1, `${tab} tab: frame ${h.outer} px, reader ${h.app} px (was ${tabHeight})`);
  }

  // The post's look: its font, text colour and link colour; its own styles stay outside.
  const article = src.locator('article > p').first();
  assert.match(await article.evaluate((p) => getComputedStyle(p).fontFamily), /Georgia/);
  assert.equal(await article.evaluate((p) => getComputedStyle(p).color), 'rgb(42, 37, 34)');
  assert.ok(await src.locator('mark.hl').first().isVisible(), 'the post\'s `mark { display: none }` does not reach the reader');
  assert.equal(await page.locator('#intro').evaluate((p) => getComputedStyle(p).color), 'rgb(42, 37, 34)');
  assert.equal(await page.locator('#from-src').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('iframe')).borderTopWidth), '0px', 'the post\'s `iframe` border does not reach the frame');
  // No app bar in a post; a credit and the help key instead; the post's address never moves.
  assert.equal(await src.locator('.topbar').count(), 0);
  assert.equal(await src.locator('.embed-foot .credit').count(), 1);
  // The credit says where the reader is shown: the blog's host.
  assert.equal(await src.locator('.embed-foot .credit .credit-host').textContent(), `· on ${new URL(blog.url).host}`);
  assert.equal(await src.locator('.open-controls').count(), 0);
  assert.equal(page.url(), `${blog.url}blog/post.html`);

  // Keys act only while focus is in the reader.
  const current = () => src.locator('mark[aria-current="true"]').getAttribute('data-mention');
  const first = await current();
  await page.locator('#intro').click();
  await page.keyboard.press('j');
  assert.equal(await current(), first, 'j typed in the post does not move the reader');
  await src.locator('mark[aria-current="true"]').focus();
  await page.keyboard.press('j');
  await src.locator(`mark[aria-current="true"]:not([data-mention="${first}"])`).waitFor();

  assert.deepEqual(errors, []);
  assert.deepEqual(failed, []);
  await page.screenshot({ path: `${dir}/blog-1280-light.png`, fullPage: true });
  await ctx.close();
});

test('sidebar="right|bottom|none" holds at 1100 px and 700 px columns, and stacks on a phone', async () => {
  for (const [column, width, wantBeside] of [
    [1100, 1280, true],
    [700, 1280, true],
    [700, 375, false],
  ]) {
    const blog = await subPathBlog({ column, srcSidebar: 'right', inlineSidebar: 'bottom' });
    const { ctx, page } = await openPost(`${blog.url}blog/post.html`, { width });
    const src = await readerOf(page, 'from-src');
    const article = await src.locator('article').boundingBox();
    const sidebar = await src.locator('#sidebar').boundingBox();
    const beside = sidebar.x >= article.x + article.width - 1 && sidebar.y < article.y + article.height;
    assert.equal(beside, wantBeside, `right at a ${column} px column in a ${width} px window: beside ${beside}`);
    const inline = await readerOf(page, 'inline');
    const a2 = await inline.locator('article').boundingBox();
    const s2 = await inline.locator('#sidebar').boundingBox();
    assert.ok(s2.y >= a2.y + a2.height - 1, `bottom at ${column}/${width}: the sidebar is under the article`);
    await ctx.close();
  }
  const none = await subPathBlog({ srcSidebar: 'none' });
  const { ctx, page } = await openPost(`${none.url}blog/post.html`);
  const src = await readerOf(page, 'from-src');
  assert.equal(await src.locator('#sidebar').count(), 0, 'sidebar="none" shows no sidebar');
  await ctx.close();
});

test('from another origin, as from a CDN: the reader works, and no third page can post an article into it', async () => {
  const cdn = await serve([{ path: '/sidelight/0.1.0/', dir: DIST }]);
  const blog = await serve([
    { path: '/blog/post.html', body: blogPost({ embed: `${cdn.url}sidelight/0.1.0/embed.js` }) },
    { path: '/blog/article.txt', body: ARTICLE },
  ]);
  const reader = `${cdn.url}sidelight/0.1.0/index.html?embed=1`;
  const attacker = await serve([
    { path: '/opener.html', body: '<!doctype html><title>evil</title><p>nothing to see</p>' },
    // A page that embeds the reader's frame beside a frame of its own, which tries to post
    // an article into the reader (only the page that embeds a reader may).
    {
      path: '/sibling.html',
      body: `<!doctype html><title>evil</title>
        <iframe id="evil" src="/evil-frame.html"></iframe><iframe id="reader" src="${reader}" style="width:900px;height:700px"></iframe>`,
    },
    {
      path: '/evil-frame.html',
      body: `<!doctype html><script>
        setInterval(() => parent.frames[1].postMessage({ type: 'sidelight:load', text: 'FAKE ARTICLE\\nInjected <img src=x onerror=alert(1)> text.' }, '*'), 100);
      </script>`,
    },
  ]);
  const { ctx, page, errors, failed } = await openPost(`${blog.url}blog/post.html`);
  const src = await readerOf(page, 'from-src');
  await readerOf(page, 'inline');
  assert.equal(new URL(await page.locator('#from-src').evaluate((el) => el.shadowRoot.querySelector('iframe').src)).origin, new URL(cdn.url).origin);
  assert.deepEqual(errors, []);
  assert.deepEqual(failed, []);

  // A page of a third origin that opened the post holds its window: the readers' frames,
  // inside the elements' shadow roots, are out of its reach, and a forged height is ignored.
  const evil = await ctx.newPage();
  await evil.goto(`${attacker.url}opener.html`);
  const reachable = await evil.evaluate(async (postUrl) => {
    const w = window.open(postUrl);
    await new Promise((done) => setTimeout(done, 3000));
    w.postMessage({ type: 'sidelight:height', height: 5 }, '*');
    return w.frames.length;
  }, `${blog.url}blog/post.html`);
  assert.equal(reachable, 0, 'the frames are not reachable through the post\'s window');
  const popup = ctx.pages().find((p) => p !== page && p !== evil);
  await readerOf(popup, 'from-src');
  const h = await heights(popup, 'from-src');
  assert.ok(h.outer > 100 && Math.abs(h.outer - h.app) <= 1, 'a forged height does not resize the frame');

  // A sibling frame that can reach the reader posts a fake article: it is not shown, while
  // the page that embeds the reader can send one.
  const sib = await ctx.newPage();
  await sib.goto(`${attacker.url}sibling.html`);
  const frame = sib.frameLocator('#reader');
  await frame.locator('.waiting').waitFor();
  await sib.waitForTimeout(1000);
  assert.equal(await frame.locator('text=FAKE ARTICLE').count(), 0, 'a sibling\'s article is ignored');
  assert.equal(await frame.locator('img').count(), 0);
  await sib.evaluate(() => document.querySelector('#reader').contentWindow.postMessage({ type: 'sidelight:load', text: 'A real article\nAcme Corp hired Jane Doe in Paris.' }, '*'));
  await frame.locator('h1', { hasText: 'A real article' }).waitFor();
  assert.equal(await frame.locator('text=FAKE ARTICLE').count(), 0);
  await ctx.close();
});

test('without JavaScript the post shows the inline article and the src link; before the reader is ready, its own copy', async () => {
  const blog = await subPathBlog();
  const inlineOnly = await serve([
    { path: '/assets/sidelight/1.2.0/', dir: DIST },
    { path: '/blog/post.html', body: blogPost({ embed: '/assets/sidelight/1.2.0/embed.js', src: null }) },
  ]);
  {
    const { ctx, page } = await openPost(`${blog.url}blog/post.html`, { javaScriptEnabled: false });
    assert.ok(await page.locator('#inline p', { hasText: 'French start-up Mistral AI' }).isVisible());
    assert.ok(await page.locator('#from-src a', { hasText: 'Read the article' }).isVisible());
    await ctx.close();
  }
  // The WebAssembly arrives late: the element's own article is on show meanwhile, then the
  // reader takes its place where it stood.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let release;
  const held = new Promise((done) => (release = done));
  await ctx.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const { page } = await openPost(`${inlineOnly.url}blog/post.html`, { context: ctx });
  const own = page.locator('#inline h2', { hasText: 'Mistral AI raises' });
  await own.waitFor();
  assert.ok(await own.isVisible(), 'the element\'s own article shows while the reader loads');
  // Where the article's title, first paragraph and end stand, before and after.
  const before = await page.locator('#inline').evaluate((el) => ({
    title: el.querySelector('h2').getBoundingClientRect().top,
    paragraph: el.querySelector('p').getBoundingClientRect().top,
    end: el.querySelector('p:last-of-type').getBoundingClientRect().bottom,
  }));
  release();
  const frame = await readerOf(page, 'inline');
  assert.equal(await own.isVisible(), false, 'the reader replaced the element\'s own copy');
  const top = await page.locator('#inline').evaluate((el) => el.shadowRoot.querySelector('iframe').getBoundingClientRect().top);
  const after = await frame.locator('article').evaluate((a, top) => ({
    title: top + a.querySelector('h1').getBoundingClientRect().top,
    paragraph: top + a.querySelector(':scope > p').getBoundingClientRect().top,
    end: top + a.getBoundingClientRect().bottom,
  }), top);
  for (const key of ['title', 'paragraph', 'end']) {
    assert.ok(Math.abs(after[key] - before[key]) <= 2, `the article's ${key} stays where it stood (${before[key]} → ${after[key]})`);
  }
  await ctx.close();
});

test('types="ORG" highlights organizations only; a fixed height scrolls inside; a bad src says so', async () => {
  const blog = await serve([
    { path: '/s/', dir: DIST },
    {
      path: '/post.html',
      body: `<!doctype html><meta charset="utf-8"><script src="/s/embed.js" defer></script>
        <sidelight-reader id="orgs" types="ORG" height="420"><p>Mistral AI raises €600 million</p><p>Arthur Mensch said Mistral AI and Microsoft signed a deal in Paris on Tuesday.</p></sidelight-reader>
        <sidelight-reader id="broken" src="missing.txt"></sidelight-reader>`,
    },
  ]);
  const { ctx, page, errors } = await openPost(`${blog.url}post.html`);
  const orgs = await readerOf(page, 'orgs');
  const types = await orgs.locator('article mark[data-mention]').evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.type))]);
  assert.deepEqual(types, ['Organization']);
  assert.equal(await page.locator('#orgs').evaluate((el) => el.shadowRoot.querySelector('iframe').getBoundingClientRect().height), 420);
  const problem = page.locator('#broken').locator('p.problem[role="alert"]');
  await problem.waitFor();
  assert.equal(await problem.innerText(), "Couldn't load missing.txt (404). Check the src address.");
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('annotations="…" applies the author\'s corrections file; what it cannot read is said in the console, and a missing file leaves the article as it is', async () => {
  const sidecar = {
    format: 'sidelight-corrections',
    version: 1,
    title: 'Mistral AI raises €600 million',
    corrections: [
      { kind: 'remove', name: 'Microsoft', ty: 'ORG' },
      { kind: 'add', quote: 'deal', at: 0, ty: 'EVENT' },
      { kind: 'retype', name: 'Paris', from: 'GPE', to: 'NOWHERE' },
    ],
  };
  const article = '<p>Mistral AI raises €600 million</p><p>Arthur Mensch said Mistral AI and Microsoft signed a deal in Paris on Tuesday.</p>';
  const blog = await serve([
    { path: '/s/', dir: DIST },
    { path: '/post.sidelight.json', body: JSON.stringify(sidecar) },
    {
      path: '/post.html',
      body: `<!doctype html><meta charset="utf-8"><script src="/s/embed.js" defer></script>
        <sidelight-reader id="fixed" annotations="post.sidelight.json" sidebar="none">${article}</sidelight-reader>
        <sidelight-reader id="plain" annotations="gone.sidelight.json" sidebar="none">${article}</sidelight-reader>`,
    },
  ]);
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await ctx.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${blog.url}post.html`);
  const fixed = await readerOf(page, 'fixed');
  const plain = await readerOf(page, 'plain');
  const marks = (frame) => frame.locator('article mark[data-mention]').evaluateAll((ms) => ms.map((m) => `${m.textContent}:${m.dataset.label}`));
  const corrected = await marks(fixed);
  const asIs = await marks(plain);
  assert.ok(asIs.includes('Microsoft:ORG'), `the engine finds Microsoft (${asIs})`);
  assert.ok(!corrected.some((m) => m.startsWith('Microsoft')), 'removed by the corrections');
  assert.ok(corrected.includes('deal:EVENT'), `added by the corrections (${corrected})`);
  assert.ok(!asIs.includes('deal:EVENT'));
  for (let i = 0; i < 50 && warnings.length < 2; i++) await page.waitForTimeout(50);
  assert.ok(warnings.some((w) => w.startsWith('Sidelight: post.sidelight.json: corrections[2].to: "NOWHERE" is not an entity type')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.startsWith("Sidelight: couldn't read the corrections in gone.sidelight.json (status 404)")), warnings.join('\n'));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a post read once reads again offline', async () => {
  const cdn = await serve([{ path: '/sidelight/0.1.0/', dir: DIST }]);
  // A static blog host lets browsers keep its pages for a while, as the CDN does its files.
  const blog = await serve([
    { path: '/blog/post.html', body: blogPost({ embed: `${cdn.url}sidelight/0.1.0/embed.js` }), cache: 'max-age=600' },
    { path: '/blog/article.txt', body: ARTICLE, cache: 'max-age=600' },
  ]);
  const { ctx, page } = await openPost(`${blog.url}blog/post.html`);
  await readerOf(page, 'from-src');
  await readerOf(page, 'inline');
  // The frames' service worker keeps the reader's files once it controls them.
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  await frame.waitForFunction(() => navigator.serviceWorker?.controller != null);
  await ctx.setOffline(true);
  await page.goto('about:blank');
  await page.goto(`${blog.url}blog/post.html`);
  const src = await readerOf(page, 'from-src');
  assert.ok((await src.locator('article mark[data-mention]').count()) >= 3, 'highlighted again, offline');
  await readerOf(page, 'inline');
  await ctx.close();
});

test('screenshots of the post at 1280 and 375 px, light and dark', async () => {
  const blog = await subPathBlog();
  const darkBlog = await subPathBlog({ dark: true });
  for (const [name, url, width, colorScheme] of [
    ['blog-375-light', `${blog.url}blog/post.html`, 375, 'light'],
    ['blog-1280-dark', `${darkBlog.url}blog/post.html`, 1280, 'dark'],
    ['blog-375-dark', `${darkBlog.url}blog/post.html`, 375, 'dark'],
  ]) {
    const { ctx, page, errors } = await openPost(url, { width, colorScheme });
    await readerOf(page, 'from-src');
    await readerOf(page, 'inline');
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await ctx.close();
  }
});

/** `sidelight render --fragment` of a text file, by the CLI the native tests built. */
async function rendered(file) {
  for (const bin of [`${ROOT}target/debug/sidelight`, `${ROOT}target/release/sidelight`]) {
    try {
      await access(bin);
      return execFileSync(bin, ['render', '--fragment', file], { encoding: 'utf8' });
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
  throw new Error('no sidelight binary: run cargo test or cargo build --release first');
}

test('markup made by `sidelight render` reads without JavaScript and is upgraded in place, without a second analysis', async () => {
  const fragment = await rendered(`${ROOT}tests/e2e/fixtures/other-article.txt`);
  // The same markup with an analysis that does not fit its text (a mention past the end).
  const tampered = fragment.replace(/"span":\{"start":(\d+),"end":(\d+)\},"type"/, '"span":{"start":$1,"end":999999},"type"');
  assert.notEqual(tampered, fragment, 'the test tampers with a mention');
  const page = (body) => `<!doctype html><meta charset="utf-8"><title>A post</title>
    <style>body { font: 18px/1.6 Georgia, serif; max-width: 760px; margin: 0 auto; }</style>
    <script src="/s/embed.js" defer></script>${body}`;
  const blog = await serve([
    { path: '/s/', dir: DIST },
    { path: '/good.html', body: page(`<sidelight-reader id="rendered" sidebar="bottom">${fragment}</sidelight-reader>`) },
    { path: '/bad.html', body: page(`<sidelight-reader id="rendered" sidebar="bottom">${tampered}</sidelight-reader>`) },
  ]);
  {
    const { ctx, page: p } = await openPost(`${blog.url}good.html`, { javaScriptEnabled: false });
    assert.ok(await p.locator('#rendered h1', { hasText: 'Harbor Robotics' }).isVisible(), 'the rendered article reads without JavaScript');
    assert.ok((await p.locator('#rendered mark.hl').count()) >= 3);
    await ctx.close();
  }
  const { ctx, page: p, errors } = await openPost(`${blog.url}good.html`);
  const frame = await readerOf(p, 'rendered');
  const marksIn = (loc) => loc.evaluateAll((ms) => ms.map((m) => `${m.dataset.mention}:${m.dataset.entity}:${m.textContent}`));
  assert.deepEqual(await marksIn(frame.locator('article mark[data-mention]')), await marksIn(p.locator('#rendered article mark[data-mention]')), 'the reader shows the rendered analysis');
  assert.equal(await frame.locator('html').getAttribute('data-analysis'), 'given', 'no second analysis');
  await frame.locator('.entity-row').first().click();
  await frame.locator('mark.is-selected').first().waitFor();
  assert.deepEqual(errors, []);
  await ctx.close();

  const bad = await openPost(`${blog.url}bad.html`);
  const badFrame = await readerOf(bad.page, 'rendered');
  assert.equal(await badFrame.locator('html').getAttribute('data-analysis'), 'engine', 'an analysis that does not fit its text is not used');
  assert.deepEqual(bad.errors, []);
  await bad.ctx.close();
});
