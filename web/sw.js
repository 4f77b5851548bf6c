// Sidelight's service worker: keeps the reader's own files so that, once opened, it opens
// again with no network. Nothing else is stored and nothing is sent anywhere.
//
// Online, every request goes to the network first (so a new build is picked up at once) and
// the answer is kept; offline, the kept answer is used. On install it keeps the page and the
// files the page names (the hashed script, WebAssembly and stylesheet Trunk writes into it),
// so the first visit is enough.
const CACHE = 'sidelight-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The page is asked for as the folder (the reader on its own) or as index.html (a
      // blog's frame, with a query): keep it under both names.
      const page = new URL('./', self.registration.scope).href;
      const response = await fetch(page, { cache: 'no-cache' });
      if (!response.ok) return;
      const html = await response.clone().text();
      // Attribute values may be quoted or not (the page is minified), or sit in a script.
      const named = [...html.matchAll(/["'=]([^"'\s<>=]+\.(?:js|wasm|css))/g)].map((m) => new URL(m[1], page).href);
      // And the analysis worker, which the page names only when it starts one.
      named.push(new URL('./worker.js', page).href);
      const files = [...new Set(named)].filter((url) => url.startsWith(self.location.origin));
      await cache.put(new URL('./index.html', self.registration.scope).href, response.clone());
      await cache.put(page, response);
      await cache.addAll(files);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      } catch (error) {
        // The page itself may be asked for with a fragment or a query (a blog's frame asks
        // for index.html?embed=1&…): match it loosely.
        const navigate = request.mode === 'navigate';
        const kept =
          (await cache.match(request, { ignoreSearch: navigate })) ??
          (navigate ? await cache.match(new URL('./index.html', self.registration.scope).href) : undefined);
        if (kept) return kept;
        throw error;
      }
    })(),
  );
});
