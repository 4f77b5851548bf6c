// Sidelight for blogs: one script tag and one element.
//
//   <script src="https://cdn.example/sidelight/0.1.0/embed.js" defer></script>
//   <sidelight-reader src="my-article.txt"><a href="my-article.txt">Read the article</a></sidelight-reader>
//
// or with the article inside the element, which readers without JavaScript (and everyone,
// until the reader is ready) see as it is:
//
//   <sidelight-reader sidebar="bottom">
//     <h2>Title of the article</h2>
//     <p>First paragraph…</p>
//   </sidelight-reader>
//
// Attributes:
//   src        a plain-text article (title on the first line), fetched by this page
//   sidebar    right (default; under the article in columns narrower than ~600 px),
//              bottom, or none (highlights and cards only)
//   types      the entity types to highlight, e.g. "PERSON,ORG,GPE" (default: all)
//   annotations  a corrections file (post.sidelight.json: the reader's Library → Export
//              corrections), applied over the analysis; what could not be read or applied
//              is reported in the browser's console, and the rest still applies
//   theme      light, dark or auto (default: from the post's text colour)
//   height     a fixed height in CSS pixels, the reader scrolling inside; by default the
//              reader is as tall as its content
//   title      the frame's accessible name
// CSS custom properties on the element (or any ancestor) override what it takes from the
// post: --sidelight-font, --sidelight-text, --sidelight-background, --sidelight-accent.
//
// The reader runs in a frame served from the folder this script comes from (any path, any
// origin: a CDN works), so the post's styles and the reader's never touch, keys act only
// while focus is in the reader, and the post's address never changes. Nothing is sent
// anywhere: the article goes from this page to the frame by postMessage, only to the frame's
// origin, and only messages from the element's own frame are read.
(() => {
  const script = document.currentScript;
  const base = new URL('./', script ? script.src : document.baseURI);

  const STYLE = `
    :host { display: block; position: relative; margin: 1.5em 0; }
    :host([hidden]) { display: none; }
    .frame { display: block; box-sizing: border-box; width: 100%; border: 0; background: transparent; }
    /* Laid out at the column's width, but out of sight and out of the flow until it has the article. */
    .frame.pending { position: absolute; top: 0; left: 0; height: 0 !important; visibility: hidden; }
    .own.replaced, .frame.failed { display: none; }
    .problem { margin: 0 0 1em; padding: 10px 14px; border-left: 4px solid #d55e00; font: 0.95rem/1.4 system-ui, sans-serif; }
  `;

  /** The shadow root's stylesheet: a constructed sheet where possible, which a strict
   *  Content-Security-Policy allows, else a <style> element. */
  function adoptStyle(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
        root.adoptedStyleSheets = [sheet];
        return;
      } catch {
        // Fall through to a <style> element.
      }
    }
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }

  /** The element's own article: the text and analysis of markup `sidelight render` made
   *  (docs/render.md), or its headings, paragraphs and list items as lines of text. */
  function ownArticle(el) {
    const data = el.querySelector('script.sidelight-data[type="application/json"]');
    if (data) {
      try {
        const d = JSON.parse(data.textContent);
        // Version 1 analyses are version 2 ones without furniture: both read the same.
        if (d && (d.version === 1 || d.version === 2) && typeof d.text === 'string') return { text: d.text, analysis: d.analysis };
      } catch {
        // Not readable: read the rendered article as text instead.
      }
    }
    return { text: ownText(el.querySelector('.sidelight-render article') ?? el) };
  }

  /** An element's headings, paragraphs and list items as lines of text. */
  function ownText(el) {
    const blocks = el.querySelectorAll('h1, h2, h3, h4, p, li, blockquote');
    if (blocks.length > 0) {
      return [...blocks].map((b) => b.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    }
    return el.textContent.trim();
  }

  /** The relative luminance (0 dark … 1 light) of a computed `rgb()`/`rgba()` colour. */
  function luminance(color) {
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(color);
    if (!m) return null;
    const [r, g, b] = m.slice(1, 4).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  /** Is a computed colour fully transparent? */
  function transparent(color) {
    return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);
  }

  /** The post's look where the element stands: its font, text size and colours, and the
   *  link colour as the accent; the --sidelight-* custom properties win. */
  function hostLook(el) {
    const cs = getComputedStyle(el);
    const custom = (name) => cs.getPropertyValue(name).trim();
    const probe = document.createElement('a');
    probe.href = '#';
    probe.hidden = true;
    el.append(probe);
    const link = getComputedStyle(probe).color;
    probe.remove();
    let background = null;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if (!transparent(color)) {
        background = color;
        break;
      }
    }
    const look = {
      font: custom('--sidelight-font') || cs.fontFamily,
      size: cs.fontSize,
      lineHeight: cs.lineHeight,
      text: custom('--sidelight-text') || cs.color,
      accent: custom('--sidelight-accent') || link,
    };
    const bg = custom('--sidelight-background') || background;
    if (bg) look.background = bg;
    // The element's own article, as the post shows it: the reader sets its title and
    // paragraphs the same way, so that nothing jumps when it takes the article's place.
    const first = el.querySelector('h1, h2, h3, h4, p');
    if (first && /^H/.test(first.tagName)) {
      const h = getComputedStyle(first);
      Object.assign(look, {
        titleFont: h.fontFamily,
        titleSize: h.fontSize,
        titleWeight: h.fontWeight,
        titleLineHeight: h.lineHeight,
        titleGap: h.marginBottom,
        titleWrap: h.textWrap || 'wrap',
      });
    }
    const paragraph = el.querySelector('p');
    if (paragraph) look.paragraphGap = getComputedStyle(paragraph).marginBottom;
    const theme = el.getAttribute('theme');
    if (theme === 'light' || theme === 'dark') {
      look.theme = theme;
    } else {
      // Light text means a dark post, whatever the reader's system prefers.
      const l = luminance(getComputedStyle(el).color);
      if (l !== null) look.theme = l > 0.4 ? 'dark' : 'light';
    }
    return look;
  }

  class SidelightReader extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) {
        // Moved: the frame reloads and asks for the article again.
        if (this.onMessage) window.addEventListener('message', this.onMessage);
        return;
      }
      const root = this.attachShadow({ mode: 'open' });
      adoptStyle(root);

      // The element's own content stays on show (a slot) until the reader is ready.
      const own = document.createElement('div');
      own.className = 'own';
      own.append(document.createElement('slot'));
      root.append(own);

      const src = this.getAttribute('src');
      const article = src
        ? fetch(new URL(src, document.baseURI)).then(
            (r) => (r.ok ? r.text().then((text) => ({ text })) : Promise.reject(new Error(`Couldn't load ${src} (${r.status}). Check the src address.`))),
            () => Promise.reject(new Error(`Couldn't load ${src}: the network request failed. Check the src address.`)),
          )
        : // A script in the page's head without `defer` runs before the element's content is
          // parsed: its article is read once the document is.
          (document.readyState === 'loading'
            ? new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }))
            : Promise.resolve()
          ).then(() => ownArticle(this));

      // The author's corrections, if any: a file that cannot be loaded is said in the console
      // and the article is shown without them.
      const annotations = this.getAttribute('annotations');
      const corrections = annotations
        ? fetch(new URL(annotations, document.baseURI))
            .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`status ${r.status}`))))
            .catch((error) => {
              console.warn(`Sidelight: couldn't read the corrections in ${annotations} (${error.message}); the article is shown without them.`);
              return null;
            })
        : Promise.resolve(null);

      const params = new URLSearchParams({ embed: '1' });
      const sidebar = this.getAttribute('sidebar');
      if (sidebar === 'bottom' || sidebar === 'none') params.set('sidebar', sidebar);
      const types = this.getAttribute('types');
      if (types) params.set('types', types.replace(/\s+/g, ''));
      const height = Number.parseInt(this.getAttribute('height') ?? '', 10);
      const fixed = Number.isFinite(height) && height >= 120;
      if (fixed) params.set('height', 'fixed');

      const frame = document.createElement('iframe');
      frame.className = 'frame pending';
      frame.title = this.getAttribute('title') || 'Article with its people, organizations and places highlighted';
      frame.src = new URL(`index.html?${params}`, base).href;
      if (fixed) frame.style.height = `${height}px`;

      const problem = (message) => {
        const p = document.createElement('p');
        p.className = 'problem';
        p.setAttribute('role', 'alert');
        p.textContent = message;
        frame.classList.add('failed');
        root.prepend(p);
      };
      let sent = false;
      this.onMessage = (event) => {
        if (event.source !== frame.contentWindow || event.origin !== base.origin) return;
        const data = event.data;
        if (typeof data !== 'object' || data === null || typeof data.type !== 'string') return;
        if (data.type === 'sidelight:ready') {
          Promise.all([article, corrections]).then(
            ([{ text, analysis }, sidecar]) => {
              if (!text.trim()) {
                problem('This Sidelight reader has no article: give it a src or put the text inside it.');
                return;
              }
              const look = hostLook(this);
              if (look.theme) frame.style.colorScheme = look.theme;
              // Markup made by `sidelight render` carries its analysis: the reader shows it as
              // it is (after checking it) instead of analysing the text again.
              const message = { type: 'sidelight:load', text, look };
              if (analysis && typeof analysis === 'object') message.analysis = analysis;
              if (sidecar !== null) message.corrections = sidecar;
              frame.contentWindow.postMessage(message, base.origin);
              sent = true;
            },
            () => {},
          );
        } else if (data.type === 'sidelight:problems' && sent && Array.isArray(data.problems)) {
          for (const p of data.problems) if (typeof p === 'string') console.warn(`Sidelight: ${annotations}: ${p}`);
        } else if (data.type === 'sidelight:height' && sent) {
          const h = data.height;
          if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0 || h > 1e6) return;
          if (!fixed) frame.style.height = `${Math.ceil(h)}px`;
          // The reader has the article: it takes the place of the element's own copy.
          if (frame.classList.contains('pending')) {
            frame.classList.remove('pending');
            own.classList.add('replaced');
          }
        }
      };
      // For the element's lifetime: a frame that is moved reloads and asks again.
      window.addEventListener('message', this.onMessage);
      root.append(frame);
      // A src that cannot be loaded is reported at once, not when the frame is ready.
      article.catch((error) => problem(error.message));
    }

    disconnectedCallback() {
      if (this.onMessage) window.removeEventListener('message', this.onMessage);
    }
  }

  if (!customElements.get('sidelight-reader')) customElements.define('sidelight-reader', SidelightReader);
})();
