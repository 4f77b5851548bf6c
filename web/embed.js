// Sidelight for blogs: one script tag and one element.
//
//   <script src="https://your.site/sidelight/embed.js" defer></script>
//   <sidelight-reader src="my-article.txt"></sidelight-reader>
//
// or with the article inside the element (readers without JavaScript see it as it is):
//
//   <sidelight-reader sidebar="bottom">
//     <p>Title of the article</p>
//     <p>First paragraph…</p>
//   </sidelight-reader>
//
// Attributes: `src` (a plain-text article, fetched by the host page), `sidebar="bottom"`
// (the sidebar under the article instead of beside it), `height` (in CSS pixels; default
// 720). The reader runs in a frame served from the same folder as this script, so the host
// page's styles and the reader's never touch, keys act only while focus is in the reader,
// and the host page's address never changes. Nothing is sent anywhere: the article goes from
// this page to the frame by `postMessage`.
(() => {
  const script = document.currentScript;
  const base = new URL('./', script ? script.src : document.baseURI);

  const STYLE = `
    :host { display: block; margin: 1.5em 0; }
    iframe { display: block; box-sizing: border-box; width: 100%; border: 1px solid rgb(128 128 128 / 0.35); border-radius: 12px; background: Canvas; }
    .problem { margin: 0; padding: 12px 16px; border: 1px solid rgb(128 128 128 / 0.35); border-left: 4px solid #d55e00; border-radius: 8px; font: 0.95rem/1.4 system-ui, sans-serif; }
  `;

  /** The element's own article: its paragraphs (or lines) as lines of plain text. */
  function ownText(el) {
    const blocks = el.querySelectorAll('h1, h2, h3, h4, p, li, blockquote');
    if (blocks.length > 0) return [...blocks].map((b) => b.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    return el.textContent.trim();
  }

  class SidelightReader extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      root.append(style);

      const src = this.getAttribute('src');
      const article = src
        ? fetch(new URL(src, document.baseURI)).then(
            (r) => (r.ok ? r.text() : Promise.reject(new Error(`Couldn't load ${src} (${r.status}). Check the src address.`))),
            () => Promise.reject(new Error(`Couldn't load ${src}: the network request failed. Check the src address.`)),
          )
        : Promise.resolve(ownText(this));

      const params = new URLSearchParams({ embed: '1' });
      if (this.getAttribute('sidebar') === 'bottom') params.set('sidebar', 'bottom');
      const frame = document.createElement('iframe');
      frame.title = this.getAttribute('title') || 'Article with its people, organizations and places highlighted';
      frame.src = new URL(`index.html?${params}`, base).href;
      const height = Number.parseInt(this.getAttribute('height') ?? '', 10);
      frame.style.height = `${Number.isFinite(height) && height > 200 ? height : 720}px`;

      const problem = (message) => {
        const p = document.createElement('p');
        p.className = 'problem';
        p.setAttribute('role', 'alert');
        p.textContent = message;
        frame.replaceWith(p);
      };
      const onMessage = (event) => {
        if (event.source !== frame.contentWindow || event.origin !== base.origin) return;
        if (event.data?.type !== 'sidelight:ready') return;
        article.then(
          (text) => {
            if (!text.trim()) problem('This Sidelight reader has no article: give it a src or put the text inside it.');
            else frame.contentWindow.postMessage({ type: 'sidelight:load', text }, base.origin);
          },
          () => {},
        );
      };
      // For the element's lifetime: a frame that is moved reloads and asks again.
      window.addEventListener('message', onMessage);
      root.append(frame);
      // A src that cannot be loaded is reported at once, not when the frame is ready.
      article.catch((error) => problem(error.message));
    }
  }

  if (!customElements.get('sidelight-reader')) customElements.define('sidelight-reader', SidelightReader);
})();
