// The injection corpus: markup, script and URL payloads through every input the reader has
// (plain paste, a web page's paste, Markdown, HTML and text files, `?src=`, the bookmarklet's
// message, the widget's `src`, the URL fragment), each payload between names the engine
// highlights, so that it lands inside and across highlights, cards and the sidebar. After
// each, nothing ran (no `window.__pwned`, no dialog, no page error from a payload) and no
// element a payload could bring (script, iframe, img, svg in the text, an `on…` attribute,
// a `javascript:` link) appears in the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, freshPage, ROOT } from './support/browser.mjs';
import { site, blogPost } from './support/sites.mjs';

/** Each payload sets `__pwned` if it ever runs. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg onload=window.__pwned=1>",
  '<svg><script>window.__pwned=1</script></svg>',
  '<iframe src="javascript:parent.__pwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click me</a>',
  '<details open ontoggle="window.__pwned=1">x</details>',
  '<body onload="window.__pwned=1">',
  '<object data="javascript:window.__pwned=1"></object>',
  '<embed src="javascript:window.__pwned=1">',
  '<style>@import "javascript:window.__pwned=1";</style>',
  '<div style="background:url(javascript:window.__pwned=1)">styled</div>',
  '<form action="javascript:window.__pwned=1"><button>go</button></form>',
  '<input autofocus onfocus="window.__pwned=1">',
  '<video><source onerror="window.__pwned=1"></video>',
  '<base href="javascript:window.__pwned=1//">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '</textarea><script>window.__pwned=1</script>',
  '</title><script>window.__pwned=1</script>',
  '-->]]><script>window.__pwned=1</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '[click](javascript:window.__pwned=1)',
  '![x](x" onerror="window.__pwned=1)',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  'javascript:window.__pwned=1',
  '\u202e<script>window.__pwned=1</script>\u202c',
];

/** An article whose every paragraph puts one payload between names, one of them inside a
 *  name ("Acme<script>…</script> Corp"), so payloads fall inside and across highlights. */
function article() {
  const lines = ['Acme Corp buys Orbix Systems for $40 million', ''];
  PAYLOADS.forEach((p, i) => {
    lines.push(i % 2
      ? `Jane Smith of Acme Corp said on Monday ${p} that Orbix Systems in Berlin would join.`
      : `Acme${p} Corp and Orbix Systems signed in Paris, Jane Smith said ${p}.`, '');
  });
  return lines.join('\n');
}
/** The same as a web page (payloads as markup, as a hostile page would carry them). */
const page = () => `<!doctype html><html><head><title>Acme Corp buys Orbix Systems</title><script>window.__pwned=1</script></head><body onload="window.__pwned=1"><article><h1>Acme Corp buys Orbix Systems for $40 million</h1>${PAYLOADS.map((p) => `<p>Jane Smith of Acme Corp said on Monday ${p} that Orbix Systems in Berlin would join.</p>`).join('')}</article></body></html>`;

let browser, reader, blog;
before(async () => {
  browser = await launch();
  reader = await site([
    { path: '/inj/page.html', body: page() },
    { path: '/', dir: `${ROOT}dist` },
  ]);
  blog = await site([
    { path: '/sl/', dir: `${ROOT}dist` },
    { path: '/blog/post.html', body: blogPost({ embed: '/sl/embed.js', src: 'article.txt' }) },
    { path: '/blog/article.txt', body: article() },
  ]);
});
after(async () => {
  await browser?.close();
  await reader?.close();
  await blog?.close();
});

async function fresh(url) {
  const { context, page: p, errors: problems } = await freshPage(browser, url);
  return { context, p, problems };
}

/** What a payload could have left in `root` (a frame or page). */
const leftovers = (root) => root.evaluate(() => {
  const app = document.querySelector('#app');
  const found = [];
  if (window.__pwned) found.push('__pwned is set');
  for (const el of app.querySelectorAll('article *, .card *, #sidebar .entity-row *, .facts *')) {
    if (['SCRIPT', 'IFRAME', 'IMG', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'BASE', 'META', 'FORM', 'INPUT', 'VIDEO', 'SOURCE', 'DETAILS', 'MATH'].includes(el.tagName)) found.push(`<${el.tagName.toLowerCase()}> in the text`);
    if (el.closest('article') && el.tagName === 'svg') found.push('<svg> in the text');
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName.toLowerCase()}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value) && !el.classList.contains('bookmarklet')) found.push(`${el.tagName.toLowerCase()}[${a.name}=${a.value.slice(0, 30)}]`);
    }
  }
  return found;
});

/** Opens cards and the Facts tab too, where names and evidence are shown again. */
async function exercise(root) {
  await root.locator('article mark[data-mention]').first().waitFor();
  const marks = root.locator('article mark[data-mention]');
  for (let i = 0; i < Math.min(await marks.count(), 6); i++) {
    await marks.nth(i).hover();
    await root.waitForTimeout(200);
    // Close the card, so it covers no other mention.
    await root.locator('body').press('Escape');
  }
  const facts = root.getByRole('tab', { name: /^Facts/ });
  if (await facts.count()) await facts.click();
  await root.waitForTimeout(200);
}

async function expectClean(root, problems, input) {
  await exercise(root);
  assert.deepEqual(await leftovers(root), [], input);
  assert.deepEqual(problems, [], input);
}

test('plain paste, web-page paste, Markdown, HTML and text files: nothing runs, nothing becomes markup', async () => {
  const inputs = {
    'plain paste': async (p) => {
      await p.getByRole('button', { name: 'Paste', exact: true }).click();
      await p.locator('#paste-text').fill(article());
      await p.getByRole('button', { name: 'Read', exact: true }).click();
    },
    'web-page paste': async (p) => {
      await p.getByRole('button', { name: 'Paste', exact: true }).click();
      await p.locator('#paste-text').focus();
      await p.evaluate((h) => {
        const data = new DataTransfer();
        data.setData('text/html', h);
        data.setData('text/plain', 'plain');
        document.querySelector('#paste-text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, page());
      await p.getByRole('button', { name: 'Read', exact: true }).click();
    },
  };
  for (const [name, buffer] of [['story.md', `# Acme Corp buys Orbix Systems\n\n${article()}`], ['story.html', page()], ['story.txt', article()]]) {
    inputs[`file ${name}`] = async (p) => {
      const chooser = p.waitForEvent('filechooser');
      await p.getByRole('button', { name: 'Open', exact: true }).click();
      await (await chooser).setFiles({ name, mimeType: name.endsWith('html') ? 'text/html' : 'text/plain', buffer: Buffer.from(buffer) });
    };
  }
  for (const [name, bring] of Object.entries(inputs)) {
    const { context, p, problems } = await fresh(reader.url);
    await p.locator('article h1').waitFor();
    await bring(p);
    await p.locator('article h1', { hasText: 'Acme Corp buys Orbix Systems' }).waitFor();
    await expectClean(p, problems, name);
    await context.close();
  }
});

test('?src=, the bookmarklet\'s message and the widget\'s src: nothing runs, nothing becomes markup', async () => {
  {
    const { context, p, problems } = await fresh(`${reader.url}?src=/inj/page.html`);
    await p.locator('article h1', { hasText: 'Acme Corp buys Orbix Systems' }).waitFor();
    await expectClean(p, problems, '?src=');
    await context.close();
  }
  {
    const { context, p: opener } = await fresh(`${blog.url}blog/article.txt`);
    const [p] = await Promise.all([
      context.waitForEvent('page'),
      opener.evaluate((url) => {
        // As the bookmarklet does: post once the reader says it can take an article.
        window.__ready = new Promise((ready) => addEventListener('message', (e) => e.data === 'sidelight:ready' && ready()));
        window.__reader = window.open(`${url}?from=bookmarklet`, '_blank');
      }, reader.url),
    ]);
    const problems = [];
    p.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await opener.evaluate(() => window.__ready);
    await opener.evaluate((html) => window.__reader.postMessage({ type: 'sidelight:article', html, url: '<img src=x onerror=window.__pwned=1>', title: '<script>window.__pwned=1</script>' }, '*'), page());
    await p.locator('article h1', { hasText: 'Acme Corp buys Orbix Systems' }).waitFor();
    await expectClean(p, problems, 'bookmarklet');
    await context.close();
  }
  {
    const { context, p, problems } = await fresh(`${blog.url}blog/post.html`);
    const handle = await p.locator('#from-src').evaluateHandle((el) => el.shadowRoot.querySelector('iframe'));
    const f = await (await handle.asElement()).contentFrame();
    await f.locator('article h1', { hasText: 'Acme Corp buys Orbix Systems' }).waitFor();
    await expectClean(f, problems, 'widget src');
    assert.equal(await p.evaluate(() => window.__pwned ?? null), null, 'the blog page is untouched');
    await context.close();
  }
});

test('the URL fragment: payloads as entity, view, section and library links do nothing', async () => {
  for (const payload of PAYLOADS.slice(0, 6)) {
    for (const key of ['entity', 'view', 'doc']) {
      const { context, p, problems } = await fresh(`${reader.url}#${key}=${encodeURIComponent(payload)}`);
      await p.locator('article h1').waitFor();
      assert.deepEqual(await leftovers(p), [], `#${key}=${payload}`);
      assert.deepEqual(problems, [], `#${key}=${payload}`);
      await context.close();
    }
  }
  const { context, p, problems } = await fresh(reader.url);
  await p.locator('article h1').waitFor();
  for (const payload of PAYLOADS) {
    await p.evaluate((h) => { location.hash = h; }, `entity=${encodeURIComponent(payload)}`);
    await p.evaluate((h) => { location.hash = h; }, encodeURIComponent(payload));
  }
  await p.waitForTimeout(200);
  assert.deepEqual(await leftovers(p), []);
  assert.deepEqual(problems, []);
  // The check itself sees what a payload would leave.
  await p.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    document.querySelector('article p').append(img);
  });
  assert.deepEqual(await leftovers(p), ['<img> in the text', 'img[onerror]']);
  await context.close();
});
