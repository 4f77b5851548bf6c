// The sample article as the reader shows it, for the built page to carry (scripts/finish-page.mjs
// puts it into index.html): the reader's own markup, taken from the reader itself in headless
// Chromium, so what a reader sees before the WebAssembly loads is what the reader then shows,
// not a second renderer's idea of it.
//
//   node scripts/sample-page.mjs [DIST]   (after `trunk build --release`; writes web/sample.html)
//
// Run it again, and rebuild, when the engine's output on the sample or the reader's markup
// changes: tests/e2e/sample.test.mjs fails until the page's copy is the reader's view again.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The reader's view of the sample on `page` (opened and ready), as the page should carry it:
 * inert (nothing in it answers until the reader has started) and marked `sample-preview`.
 */
export async function sampleMarkup(page) {
  return page.evaluate(() => {
    const app = document.querySelector('#app > .app').cloneNode(true);
    app.classList.add('sample-preview');
    app.setAttribute('inert', '');
    return app.outerHTML;
  });
}

/** The sample markup inside a built page's HTML, or null. */
export function carriedSample(html) {
  const start = html.indexOf('<div class="app sample-preview"');
  if (start < 0) return null;
  // The reader's markup nests <div>s: the sample ends where its first <div> is closed.
  let depth = 0;
  const tags = /<(\/?)div\b[^>]*>/g;
  tags.lastIndex = start;
  for (let m; (m = tags.exec(html)); ) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launch, ROOT } = await import('../tests/e2e/support/browser.mjs');
  const { serve } = await import('../tests/e2e/support/serve.mjs');
  const server = await serve(process.argv[2] ?? `${ROOT}dist`);
  const browser = await launch();
  try {
    // The page at 1280 px; the reader's markup is the same at any width (the layout is CSS).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready="true"]');
    const markup = await sampleMarkup(page);
    await writeFile(`${ROOT}web/sample.html`, `${markup}\n`);
    console.log(`web/sample.html: ${markup.length} bytes; rebuild the page to carry it`);
  } finally {
    await browser.close();
    await server.close();
  }
}
