// The invented news page of tests/e2e/fixtures/news-page.html and what a reader view of it
// must show: its headline as the title, its article's lines, none of the page around it
// (menus, share bars, comments, footers), nothing of it run or inserted. Shared by the tests
// of every way a page comes in (paste, file, `?src=`, the bookmarklet).
import assert from 'node:assert/strict';
import { ROOT } from './browser.mjs';

export const PAGE = `${ROOT}tests/e2e/fixtures/news-page.html`;
export const LEFT_OUT = ['Subscribe now', 'cookies', 'Share on social media', 'Related stories', 'Great news for the region', 'All rights reserved', 'Business'];

/** What the reader shows: the title, the headings and every line of the article. */
export const shown = (page) => page.evaluate(() => ({
  title: document.querySelector('article h1')?.textContent ?? null,
  headings: [...document.querySelectorAll('article h2, article h3')].map((h) => h.textContent),
  text: document.querySelector('article').textContent,
  images: document.querySelectorAll('article img, article script, article figure, article iframe').length,
  pwned: window.__pwned ?? null,
}));

export async function checkArticle(page) {
  await page.locator('article h1', { hasText: 'Kestrel Grid buys Solvane for $120 million' }).waitFor();
  const s = await shown(page);
  assert.equal(s.title, 'Kestrel Grid buys Solvane for $120 million');
  assert.deepEqual(s.headings, ['What happens next?'], 'the page\'s heading is a heading, though it reads like a sentence');
  for (const kept of ['Halifax-based power company', 'Ines Varga', 'March 2027', '300 workers keep their jobs', 'Storage is where the grid is going']) {
    assert.ok(s.text.includes(kept), `the article keeps “${kept}”`);
  }
  for (const gone of LEFT_OUT) assert.ok(!s.text.includes(gone), `the page's furniture is left out: “${gone}”`);
  assert.equal(s.images, 0, 'no element of the page reaches the reader');
  assert.equal(s.pwned, null, 'nothing of the page ran');
  const names = await page.locator('.entity-row .entity-name').allInnerTexts();
  for (const n of ['Kestrel Grid', 'Solvane', 'Ines Varga']) assert.ok(names.some((x) => x.includes(n)), `the sidebar lists ${n}: ${names.join(', ')}`);
}

