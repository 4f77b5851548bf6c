// Browser tests of articles that come from elsewhere: `?src=URL` (a page on the reader's own
// site, a page of another site that allows it by CORS, one that does not, an address that is
// not a web address) and the bookmarklet on a news page of another site (the article opens in
// a new tab; messages from any other window or of another shape are ignored). The page is the
// invented news story of tests/e2e/fixtures/news-page.html.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, freshPage, ROOT } from './support/browser.mjs';
import { site } from './support/sites.mjs';
import { PAGE, checkArticle } from './support/news-page.mjs';

let browser, reader, other, html;
before(async () => {
  browser = await launch();
  html = await readFile(PAGE, 'utf8');
  // The reader, with a story on its own site; another site with one story open to other
  // pages (CORS) and one that is not.
  reader = await site([{ path: '/news/story.html', body: html }, { path: '/', dir: `${ROOT}dist` }]);
  other = await site([
    { path: '/open.html', body: html, headers: { 'access-control-allow-origin': '*' } },
    { path: '/closed.html', body: html },
    { path: '/article.html', body: html },
  ]);
});
after(async () => {
  await browser?.close();
  await reader?.close();
  await other?.close();
});

/** A fresh context (its own library) with the reader at `query`; page errors collected. */
const open = (query) => freshPage(browser, `${reader.url}${query}`);

const notice = (page) => page.locator('.notice').innerText();

test('?src= reads a page of the reader\'s own site and of a site that allows it; a reload keeps it', async () => {
  for (const src of ['/news/story.html', encodeURIComponent(`${other.url}open.html`)]) {
    const { context, page, errors } = await open(`?src=${src}`);
    await checkArticle(page);
    assert.match(await notice(page), /^Read from /);
    // Kept in the library: the reload opens the kept copy (the fragment names it).
    await page.waitForFunction(() => location.hash.startsWith('#doc='));
    await page.reload();
    await checkArticle(page);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('?src= of a site that does not allow it, or not a web address, says why and what to do instead', async () => {
  const closed = `${other.url}closed.html`;
  const cases = [
    [`?src=${encodeURIComponent(closed)}`, /Couldn't fetch .*closed\.html: the site doesn't let other pages read it.*bookmark.*Paste/s],
    [`?src=${encodeURIComponent(`${reader.url}missing.html`)}`, /the site answered 404/],
    ['?src=javascript:window.__pwned=1', /only from web addresses \(http or https\)/],
    ['?src=data:text/html,<h1>x</h1>', /only from web addresses/],
  ];
  for (const [query, message] of cases) {
    const { context, page, errors } = await open(query);
    await page.locator('.notice').waitFor();
    assert.match(await notice(page), message, query);
    assert.match(await notice(page), /Here is the sample article instead\./);
    await page.locator('article h1').waitFor();
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.deepEqual(errors.filter((e) => !e.includes('Failed to fetch')), []);
    await context.close();
  }
});

/** The bookmarklet the Library offers, as the script a click on it runs. */
async function bookmarkletScript(page) {
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const href = await page.getByRole('link', { name: 'Read in Sidelight' }).getAttribute('href');
  assert.match(href, /^javascript:/);
  return decodeURIComponent(href.slice('javascript:'.length));
}

test('the bookmarklet on a news page of another site opens its article in a new reader tab', async () => {
  const { context, page } = await open('');
  await page.locator('article h1').waitFor();
  const script = await bookmarkletScript(page);
  const news = await context.newPage();
  await news.goto(`${other.url}article.html`);
  const [popup] = await Promise.all([context.waitForEvent('page'), news.evaluate(script)]);
  const errors = [];
  popup.on('pageerror', (e) => errors.push(String(e)));
  await checkArticle(popup);
  assert.match(await notice(popup), /Read from “Kestrel Grid buys Solvane .*article\.html\), sent by the bookmark\./);
  // The address no longer waits for a page: a reload restores the kept copy.
  await popup.waitForFunction(() => !location.search.includes('bookmarklet') && location.hash.startsWith('#doc='));
  await popup.reload();
  await checkArticle(popup);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reader takes the article only from the page that opened it, and only in the expected shape', async () => {
  const { context } = await open('');
  const news = await context.newPage();
  await news.goto(`${other.url}article.html`);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    news.evaluate((url) => {
      // As the bookmarklet does: post once the reader says it can take an article.
      window.__ready = new Promise((ready) => addEventListener('message', (e) => e.data === 'sidelight:ready' && ready()));
      window.__reader = window.open(`${url}?from=bookmarklet`, '_blank');
    }, reader.url),
  ]);
  await news.evaluate(() => window.__ready);
  // Wrong shapes from the opener, and a right shape from a window that is not the opener.
  await news.evaluate(() => {
    for (const m of [{ type: 'sidelight:article', html: 42, url: 'x', title: 't' }, { type: 'other', html: '<h1>Not this</h1>', url: 'x', title: 't' }, 'sidelight:article']) {
      window.__reader.postMessage(m, '*');
    }
  });
  await popup.evaluate(() => window.postMessage({ type: 'sidelight:article', html: '<h1>Injected</h1><p>Not from the opener.</p>', url: 'https://evil.example/', title: 'Injected' }, '*'));
  await popup.waitForTimeout(300);
  assert.equal(await popup.locator('article h1', { hasText: 'Injected' }).count(), 0);
  // Then the real one.
  await news.evaluate((page) => window.__reader.postMessage({ type: 'sidelight:article', html: page, url: location.href, title: document.title }, '*'), html);
  await checkArticle(popup);
  await context.close();
});

test('a reader opened for the bookmarklet with no page behind it says so and shows the sample', async () => {
  const { context, page, errors } = await open('?from=bookmarklet');
  await page.locator('.notice').waitFor();
  assert.match(await notice(page), /no page sent one.*sample article/);
  await page.locator('article h1').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
